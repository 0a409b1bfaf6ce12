package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/** Solves a routing plan with {@link RoutingSolverConfig}: the entry point for the api and the benchmarks. */
public final class RoutingSolver {

    private final SolveLimits limits;
    private final SearchTuning tuning;

    public RoutingSolver(SolveLimits limits) {
        this(limits, SearchTuning.DEFAULT);
    }

    public RoutingSolver(SolveLimits limits, SearchTuning tuning) {
        this.limits = limits;
        this.tuning = tuning;
    }

    /** Returns the best plan found; the input plan is left as it was. */
    public RoutingPlan solve(RoutingPlan problem) {
        return run(problem, best -> { }).solve();
    }

    /** Recomputes the score of a plan whose routes were changed after its solve (shadow variables set by the caller). */
    public static void rescore(RoutingPlan plan) {
        SolutionManager.create(SolverFactory.<RoutingPlan>create(RoutingSolverConfig.scoring())).update(plan);
    }

    /**
     * A solve of {@code problem} that calls {@code onNewBest} with each new best plan (on the solving thread) and can
     * be stopped. The configuration depends on the problem (the annealing temperature follows its distances).
     */
    public SolveRun run(RoutingPlan problem, Consumer<RoutingPlan> onNewBest) {
        Solver<RoutingPlan> solver = SolverFactory.<RoutingPlan>create(RoutingSolverConfig.build(limits, tuning, problem))
                .buildSolver();
        return new SolveRun(solver, problem, onNewBest);
    }
}
