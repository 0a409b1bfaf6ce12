package it.ccvmi.planner.benchmarks.solver;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.RoutingSolverConfig;
import it.ccvmi.planner.solver.routing.solve.SearchTuning;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Score-calculation speed of the routing constraints: moves evaluated per second by the production local
 * search (same configuration and Bavet constraints as the planner) on a generated Milan day of ~150
 * ({@code large}) or ~300 ({@code emergency}) deliveries.
 *
 * <p>Setup builds the day once and runs the construction heuristic on it. Each invocation then runs
 * {@code steps} local-search steps from that constructed plan (fixed seed, so every invocation does the same
 * work). The secondary result {@code moves} is the solver's score-calculation count — one per doable move
 * evaluated (do the move, recalculate the score incrementally, undo it) plus the one full calculation at the
 * start; the construction heuristic has nothing left to place — divided by the invocation's time. That time also holds the per-solve overhead (building the solver, cloning the plan, the
 * first full score calculation, the nearby-distance tables), which is what a real solve pays too; with enough
 * steps it is a small share. The primary result (invocations per second) is only the run rate.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MoveEvaluation -f 1 -wi 2 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MoveEvaluationBenchmark {

    @Param({"large", "emergency"})
    public String size;

    /**
     * {@code all}: the planner's move mix, ruin-and-recreate included (whose recreate step costs more than its
     * score calculation). {@code nearby}: only the single-visit and sub-list moves, closest to the pure
     * incremental score-calculation speed of the constraints.
     */
    @Param({"all", "nearby"})
    public String moves;

    @Param("2000")
    public int steps;

    private RoutingPlan constructed;
    private SolverFactory<RoutingPlan> localSearch;

    /** JMH sums these per iteration and divides by its time: moves evaluated per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Evaluations {
        public long moves;
    }

    @Setup(Level.Trial)
    public void construct() {
        // No local-search steps: the construction heuristic alone.
        constructed = new RoutingSolver(SolveLimits.steps(0)).solve(MilanDayProblem.unsolved(size));
        SearchTuning tuning = switch (moves) {
            case "all" -> SearchTuning.DEFAULT;
            case "nearby" -> SearchTuning.DEFAULT.withoutRuinAndRecreateMoves();
            default -> throw new IllegalArgumentException("moves must be all or nearby, got " + moves);
        };
        localSearch = SolverFactory.create(RoutingSolverConfig.build(SolveLimits.steps(steps), tuning, constructed));
    }

    @Benchmark
    public RoutingPlan localSearch(Evaluations evaluations) {
        DefaultSolver<RoutingPlan> solver = (DefaultSolver<RoutingPlan>) localSearch.buildSolver();
        // The solver works on its own clone: the constructed plan stays as it is for the next invocation.
        RoutingPlan searched = solver.solve(constructed);
        evaluations.moves += solver.getSolverScope().getScoreCalculationCount();
        return searched;
    }
}
