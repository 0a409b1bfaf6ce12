package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/** Solves a routing plan with {@link RoutingSolverConfig}: the entry point for the api and the benchmarks. */
public final class RoutingSolver {

    private final SolverFactory<RoutingPlan> factory;

    public RoutingSolver(SolveLimits limits) {
        this(limits, SearchTuning.DEFAULT);
    }

    public RoutingSolver(SolveLimits limits, SearchTuning tuning) {
        this.factory = SolverFactory.create(RoutingSolverConfig.build(limits, tuning));
    }

    /** Returns the best plan found; the input plan is left as it was. */
    public RoutingPlan solve(RoutingPlan problem) {
        Solver<RoutingPlan> solver = factory.buildSolver();
        return solver.solve(problem);
    }

    /** A solve that calls {@code onNewBest} with each new best plan (on the solving thread) and can be stopped. */
    public SolveRun run(Consumer<RoutingPlan> onNewBest) {
        return new SolveRun(factory.buildSolver(), onNewBest);
    }
}
