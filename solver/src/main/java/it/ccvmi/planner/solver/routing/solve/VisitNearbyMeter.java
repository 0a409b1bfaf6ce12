package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * How far a visit is from a place it could be inserted after: another visit, or a van (= its depot, for the
 * first position). Driving time, since that is what the plan minimises.
 */
public class VisitNearbyMeter implements NearbyDistanceMeter<Visit, Object> {

    @Override
    public double getNearbyDistance(Visit origin, Object destination) {
        if (destination instanceof Visit visit) {
            return visit.getLocation().secondsTo(origin.getLocation());
        }
        return ((Van) destination).getDepot().secondsTo(origin.getLocation());
    }
}
