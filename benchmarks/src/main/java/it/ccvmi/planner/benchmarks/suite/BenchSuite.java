package it.ccvmi.planner.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.ccvmi.planner.benchmarks.quality.QualityRunner;
import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.solver.routing.solve.SearchTuning;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The benchmark suite behind {@code scripts/bench}: JMH (fair split, travel matrix vs per-pair routing), the
 * deterministic quality gate and, in the full profile, the quality runs of the solver's targets; writes JSON and Markdown
 * into the output directory and exits with 1 when the gate fails.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar it.ccvmi.planner.benchmarks.suite.BenchSuite
 *     [--profile short|full] [--out benchmarks/results/short] [--baseline benchmarks/baseline/quality-gate.csv]
 *     [--update-baseline] [--jmh false] [--graph-cache routing/target/graph-cache] [--bench-dir ../shared/bench]
 *     [--commit abc123] [--late-acceptance 200] [--temperature 3.0] [--nearby 40] [--ruin-weight 2.0]
 *     [--plain-list-temperature 8.0]
 * </pre>
 * The tuning options exist to show that a worse solver configuration fails the gate; the baseline can only be
 * updated with the default tuning.
 */
public final class BenchSuite {

    private static final List<String> TUNING_OPTIONS = List.of("late-acceptance", "temperature", "nearby", "ruin-weight", "plain-list-temperature");
    /** The full profile's quality sets, in the order of the report (see {@link #qualityRuns}). */
    private static final List<QualitySet> QUALITY_SETS = List.of(new QualitySet("x200", 30), new QualitySet("x400", 30),
            new QualitySet("x1000", 60), new QualitySet("solomon", 30));

    /** A quality runner set and the seconds each of its instances is solved for. */
    private record QualitySet(String name, int seconds) {
    }

    private BenchSuite() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        Map<String, String> options = options(args);
        Profile profile = Profile.parse(options.getOrDefault("profile", "short"));
        Path out = Path.of(options.getOrDefault("out", "benchmarks/results/" + profile.label()));
        Path baselineFile = Path.of(options.getOrDefault("baseline", "benchmarks/baseline/quality-gate.csv"));
        Path benchDir = Path.of(options.getOrDefault("bench-dir", QualityRunner.defaultBenchDir().toString()));
        boolean updateBaseline = options.containsKey("update-baseline");
        SearchTuning tuning = QualityRunner.tuning(options);
        if (updateBaseline && !tuning.equals(SearchTuning.DEFAULT)) {
            throw new IllegalArgumentException("The baseline is the default tuning's: drop --" + String.join("/--", TUNING_OPTIONS));
        }
        Files.createDirectories(out);

        List<JmhLine> jmh = new ArrayList<>();
        if (!"false".equals(options.get("jmh"))) {
            Path graphCache = Path.of(options.getOrDefault("graph-cache", "routing/target/graph-cache"));
            Path metroPbf = DataDirectory.locate(null).resolve("osm/milano-area-roads.osm.pbf");
            new JmhRuns(profile, out, graphCache).run(metroPbf).forEach(run -> jmh.addAll(JmhLine.of(run)));
        }

        System.out.println("Quality gate (" + tuning + ")");
        List<GateResult> results = new QualityGate(benchDir, tuning).run();
        List<GateVerdict> verdicts = QualityGate.compare(results, Baseline.read(baselineFile));
        List<String> qualityTables = profile == Profile.FULL ? qualityRuns(benchDir, out) : List.of();

        boolean passed = updateBaseline || GateVerdict.passes(verdicts);
        new SuiteSummary(profile.label(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                options.getOrDefault("commit", "unknown"), Machine.current(), jmh, passed,
                verdicts.stream().map(SuiteSummary.GateRow::of).toList(), qualityTables).write(out);
        System.out.println("Wrote " + out.resolve("summary.md") + " and summary.json");
        report(verdicts, baselineFile, updateBaseline, results);
        if (!passed) {
            System.exit(1);
        }
    }

    private static void report(List<GateVerdict> verdicts, Path baselineFile, boolean updateBaseline,
            List<GateResult> results) throws IOException {
        verdicts.forEach(v -> System.out.println(v.describe()));
        if (updateBaseline) {
            QualityGate.save(baselineFile, results);
            System.out.println("Baseline updated: " + baselineFile + " (commit it)");
        } else if (!GateVerdict.passes(verdicts)) {
            System.out.println("QUALITY GATE FAILED against " + baselineFile
                    + ": a cost got worse, a solution became infeasible or a case has no baseline.");
            System.out.println("If the change is intended, record it: scripts/bench short --jmh false --update-baseline");
        } else if (verdicts.stream().anyMatch(v -> v.outcome() == GateVerdict.Outcome.BETTER)) {
            System.out.println("Quality gate passed with improvements: record them with "
                    + "scripts/bench short --jmh false --update-baseline");
        } else {
            System.out.println("Quality gate passed: every cost equals the baseline.");
        }
    }

    /**
     * The full profile's gap tables, one per size class of the solver's targets: X with n ≤ 200 and 200 < n < 400
     * at 30 s, X with n ≈ 1000 at 60 s, Solomon at 30 s; one thread each.
     */
    private static List<String> qualityRuns(Path benchDir, Path out) throws IOException {
        List<String> tables = new ArrayList<>();
        for (QualitySet set : QUALITY_SETS) {
            Path setOut = out.resolve("quality-" + set.name());
            QualityRunner.main(new String[] {"--set", set.name(), "--seconds", Integer.toString(set.seconds()),
                    "--threads", "1", "--bench-dir", benchDir.toString(), "--out", setOut.toString()});
            tables.add("## Quality: " + set.name() + ", " + set.seconds() + " s per instance\n\n"
                    + Files.readString(setOut.resolve("quality.md")));
        }
        return tables;
    }

    /** {@code --name value} pairs; {@code --update-baseline} stands alone. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--update-baseline")) {
                options.put("update-baseline", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Expected --option value pairs or --update-baseline, got '" + args[i] + "'");
            }
        }
        return options;
    }
}
