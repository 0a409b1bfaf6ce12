package it.ccvmi.planner.planning;

import it.ccvmi.planner.solver.routing.model.RouteWalk;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import java.util.List;

/**
 * One van's day as a crew would read it, recomputed from its visit list: it leaves at shift start, waits for
 * a site's next opening when early, unloads, and drives back to the depot.
 *
 * @param stops         visits on the route
 * @param kg            load leaving the depot
 * @param drivingMetres depot to depot
 * @param endSecond     back at the depot, seconds since midnight
 */
public record RouteSummary(String vanId, String crew, int stops, long kg, long drivingMetres, long startSecond,
        long endSecond) {

    public static RouteSummary of(Van van) {
        RouteWalk walk = RouteWalk.fromDepot(van);
        long kg = 0;
        for (Visit visit : van.getVisits()) {
            walk.stopAt(visit);
            kg += visit.getKg();
        }
        return new RouteSummary(van.getId(), van.getCrew(), van.getVisits().size(), kg,
                walk.drivingMetresBackToDepot(), van.getShiftStartSecond(), walk.backAtDepotSecond());
    }

    /** Every real van that has a route, in fleet order. */
    public static List<RouteSummary> of(List<Van> vans) {
        return vans.stream().filter(van -> !van.getVisits().isEmpty()).map(RouteSummary::of).toList();
    }

    public long durationSeconds() {
        return endSecond - startSecond;
    }
}
