package it.ccvmi.planner.planning;

import it.ccvmi.planner.solver.routing.model.RouteWalk;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import java.util.ArrayList;
import java.util.List;

/**
 * One van's day as a crew would read it, recomputed from its visit list: it leaves at shift start, waits for
 * a site's next opening when early, unloads, returns to the depot to reload when its route has more trips, and
 * drives back to the depot at the end.
 *
 * @param stops         deliveries on the route (depot returns not counted)
 * @param kg            kg delivered over all trips
 * @param drivingMetres depot to depot
 * @param endSecond     back at the depot, seconds since midnight
 * @param depotReturns  the reloads between trips, in order (empty for a single trip)
 */
public record RouteSummary(String vanId, String crew, int stops, long kg, long drivingMetres, long startSecond,
        long endSecond, List<DepotReturn> depotReturns) {

    public RouteSummary {
        depotReturns = List.copyOf(depotReturns);
    }

    /**
     * A reload at the depot between two trips.
     *
     * @param arrivalSecond   back at the depot, seconds since midnight
     * @param departureSecond leaving again, loaded
     * @param loadKg          kg loaded for the next trip
     */
    public record DepotReturn(String reloadId, long arrivalSecond, long departureSecond, long loadKg) {
    }

    public static RouteSummary of(Van van) {
        RouteWalk walk = RouteWalk.fromDepot(van);
        long kg = 0;
        int stops = 0;
        List<DepotReturn> depotReturns = new ArrayList<>();
        List<Visit> route = van.getVisits();
        for (int i = 0; i < route.size(); i++) {
            Visit visit = route.get(i);
            long arrival = walk.stopAt(visit);
            if (visit.isReload()) {
                depotReturns.add(new DepotReturn(visit.getId(), arrival, arrival + visit.getServiceSeconds(),
                        tripLoadKg(route, i + 1)));
            } else {
                kg += visit.getKg();
                stops++;
            }
        }
        return new RouteSummary(van.getId(), van.getCrew(), stops, kg, walk.drivingMetresBackToDepot(),
                van.getShiftStartSecond(), walk.backAtDepotSecond(), depotReturns);
    }

    /** Every real van that has a route, in fleet order. */
    public static List<RouteSummary> of(List<Van> vans) {
        return vans.stream().filter(van -> !van.getVisits().isEmpty()).map(RouteSummary::of).toList();
    }

    /** The kg of the trip starting at {@code from}: up to the next depot return or the route's end. */
    public static long tripLoadKg(List<Visit> route, int from) {
        long kg = 0;
        for (int i = from; i < route.size() && !route.get(i).isReload(); i++) {
            kg += route.get(i).getKg();
        }
        return kg;
    }

    public int trips() {
        return depotReturns.size() + 1;
    }

    public long durationSeconds() {
        return endSecond - startSecond;
    }
}
