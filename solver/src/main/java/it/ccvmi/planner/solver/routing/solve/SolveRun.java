package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;

/**
 * One solve that reports each new best plan and can be stopped from another thread (a planning job: live
 * scores, the planner's stop button). Built by {@link RoutingSolver#run(RoutingPlan, Consumer)}.
 */
public final class SolveRun {

    private final Solver<RoutingPlan> solver;
    private final RoutingPlan problem;

    SolveRun(Solver<RoutingPlan> solver, RoutingPlan problem, Consumer<RoutingPlan> onNewBest) {
        this.solver = solver;
        this.problem = problem;
        solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution()));
    }

    /** Returns the best plan found when a limit is reached or {@link #stop()} is called; the input is left as it was. */
    public RoutingPlan solve() {
        return solver.solve(problem);
    }

    /**
     * Ends the solve as soon as possible with the best plan so far, even during the construction. A stop asked
     * before {@link #solve} starts is reset by the start: ask again until {@link #stopping()} stays true.
     */
    public void stop() {
        if (!solver.isTerminateEarly()) {
            solver.terminateEarly();
        }
    }

    public boolean stopping() {
        return solver.isTerminateEarly();
    }
}
