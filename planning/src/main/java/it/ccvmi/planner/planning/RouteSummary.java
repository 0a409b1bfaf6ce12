package it.ccvmi.planner.planning;

import it.ccvmi.planner.solver.routing.model.Location;
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
        long clock = van.getShiftStartSecond();
        long metres = 0;
        long kg = 0;
        Location here = van.getDepot();
        for (Visit visit : van.getVisits()) {
            metres += here.metresTo(visit.getLocation());
            long arrival = clock + here.secondsTo(visit.getLocation());
            clock = visit.getReceivingHours().serviceStart(arrival) + visit.getServiceSeconds();
            kg += visit.getKg();
            here = visit.getLocation();
        }
        metres += here.metresTo(van.getDepot());
        clock += here.secondsTo(van.getDepot());
        return new RouteSummary(van.getId(), van.getCrew(), van.getVisits().size(), kg, metres,
                van.getShiftStartSecond(), clock);
    }

    /** Every real van that has a route, in fleet order. */
    public static List<RouteSummary> of(List<Van> vans) {
        return vans.stream().filter(van -> !van.getVisits().isEmpty()).map(RouteSummary::of).toList();
    }

    public long durationSeconds() {
        return endSecond - startSecond;
    }
}
