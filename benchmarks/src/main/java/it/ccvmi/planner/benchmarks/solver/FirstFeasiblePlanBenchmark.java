package it.ccvmi.planner.benchmarks.solver;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first feasible plan of a generated Milan day of ~150 ({@code large}) or ~300 ({@code emergency})
 * deliveries: the planner's solver (construction heuristic, then local search) from the unsolved plan until
 * the best plan breaks no hard constraint. Postponed deliveries (medium score) and driving (soft) do not
 * count: this is how soon a planner could hand out a plan the vans can drive. Straight-line router, fixed
 * seeds; an invocation that finds no feasible plan within {@link #GIVE_UP} fails instead of reporting a time.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FirstFeasiblePlan}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class FirstFeasiblePlanBenchmark {

    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    @Param({"large", "emergency"})
    public String size;

    private RoutingPlan unsolved;
    private RoutingSolver untilFeasible;

    @Setup
    public void prepareDay() {
        unsolved = MilanDayProblem.unsolved(size);
        untilFeasible = new RoutingSolver(SolveLimits.spent(GIVE_UP).withBestScoreLimit("0hard/*medium/*soft"));
    }

    @Benchmark
    public RoutingPlan firstFeasible() {
        RoutingPlan plan = untilFeasible.solve(unsolved);
        if (plan.getScore().hardScore() < 0) {
            throw new IllegalStateException("No feasible " + size + " plan within " + GIVE_UP + ": " + plan.getScore());
        }
        return plan;
    }
}
