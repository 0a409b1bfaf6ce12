package it.ccvmi.planner.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.ccvmi.planner.benchmarks.quality.InstanceResult;
import it.ccvmi.planner.benchmarks.quality.QualityRunner;
import it.ccvmi.planner.solver.routing.solve.SearchTuning;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;

/**
 * The deterministic quality gate: a fixed set of small and medium CVRPLIB and Solomon instances, each solved on
 * one thread with a fixed seed and a step-count limit, so every cost is exact and repeatable. A cost above the
 * committed baseline, or a lost feasibility, fails the gate; wall-clock time never does.
 */
final class QualityGate {

    /**
     * The A, B and P CVRP sets and random and semi-clustered Solomon time windows, in well under a minute. Few
     * enough steps that no case reaches its best-known cost, so a weaker search shows as a higher cost (with the
     * search on plain lists, 1 000–3 000 steps reached every best-known cost: see the README).
     */
    static final List<GateCase> CASES = List.of(
            new GateCase("A-n32-k5", 400, 1),
            new GateCase("A-n62-k8", 400, 1),
            new GateCase("B-n45-k6", 400, 1),
            new GateCase("P-n50-k8", 400, 1),
            new GateCase("RC101", 400, 1),
            new GateCase("R101", 400, 1));

    private final Path benchDir;
    private final Map<String, Double> bestKnown;
    private final SearchTuning tuning;

    QualityGate(Path benchDir, SearchTuning tuning) throws IOException {
        this.benchDir = benchDir;
        this.bestKnown = QualityRunner.readBks(benchDir.resolve("bks.csv"));
        this.tuning = tuning;
    }

    List<GateResult> run() throws IOException {
        List<GateResult> results = new ArrayList<>();
        for (GateCase gateCase : CASES) {
            long start = System.nanoTime();
            GateResult result = solve(gateCase);
            // The time is for the reader only: it is never compared.
            System.out.printf(Locale.ROOT, "gate %-10s %6d steps  cost %10s  %-10s (%.1f s)%n", gateCase.instance(),
                    gateCase.steps(), Baseline.cost(result.cost()),
                    result.feasible() ? "feasible" : "INFEASIBLE " + result.violation(), (System.nanoTime() - start) / 1e9);
            results.add(result);
        }
        return results;
    }

    /**
     * A search whose step finds no acceptable move never ends under a step limit alone (seen with a far too small
     * neighbourhood). This cap — some 30 times a gate case's normal time — turns that stall into a failure.
     */
    static final Duration STALL_LIMIT = Duration.ofMinutes(2);

    /** One thread (no move threads), the case's seed and step count. */
    GateResult solve(GateCase gateCase) throws IOException {
        SolveLimits limits = new SolveLimits(STALL_LIMIT, null, null, gateCase.steps(), null, 0, gateCase.seed());
        Path file = QualityRunner.named(benchDir, new String[] {gateCase.instance()}).get(0);
        long start = System.nanoTime();
        // The quality runner's own reading, solving and cost recomputation: the gate and the gap tables agree.
        InstanceResult result = QualityRunner.solve(file, limits, tuning, bestKnown);
        if (System.nanoTime() - start >= STALL_LIMIT.toNanos()) {
            return new GateResult(gateCase, result.cost(), false,
                    "stalled: " + gateCase.steps() + " steps not done in " + STALL_LIMIT.toMinutes() + " min");
        }
        return new GateResult(gateCase, result.cost(), result.feasible(), result.violation());
    }

    static List<GateVerdict> compare(List<GateResult> results, Baseline baseline) {
        return results.stream().map(r -> GateVerdict.compare(r, baseline.get(r.gateCase()))).toList();
    }

    static void save(Path baselineFile, List<GateResult> results) throws IOException {
        Baseline.write(baselineFile, results);
    }
}
