package it.ccvmi.planner.solver.routing.model;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps arrival times right when a visit moves: recomputes from the changed visit onwards and stops as
 * soon as an arrival is unchanged (the rest of the route is then unchanged too), so a move costs only
 * the part of the route it shifts.
 */
public class ArrivalTimeUpdater implements VariableListener<RoutingPlan, Visit> {

    private static final String ARRIVAL = "arrivalSecond";

    @Override
    public void beforeVariableChanged(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
        // Nothing to do before: the new arrival depends only on the new placement.
    }

    @Override
    public void afterVariableChanged(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
        if (visit.getVan() != null && !visit.getVan().isTimed()) {
            return;
        }
        if (!visit.isDelivered()) {
            if (visit.getArrivalSecond() != null) {
                scoreDirector.beforeVariableChanged(visit, ARRIVAL);
                visit.setArrivalSecond(null);
                scoreDirector.afterVariableChanged(visit, ARRIVAL);
            }
            return;
        }
        Visit previous = visit.getPreviousVisit();
        if (previous != null && previous.getArrivalSecond() == null) {
            // The previous visit was placed in the same move and has its own notification pending:
            // it will recompute this one when it propagates.
            return;
        }
        RouteWalk walk = previous == null ? RouteWalk.fromDepot(visit.getVan()) : RouteWalk.after(previous);
        Visit current = visit;
        while (current != null) {
            Long arrival = walk.stopAt(current);
            if (arrival.equals(current.getArrivalSecond())) {
                return;
            }
            scoreDirector.beforeVariableChanged(current, ARRIVAL);
            current.setArrivalSecond(arrival);
            scoreDirector.afterVariableChanged(current, ARRIVAL);
            current = current.getNextVisit();
        }
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }
}
