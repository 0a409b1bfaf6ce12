package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.planning.PlanningSite;
import it.ccvmi.planner.planning.RouteSummary;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * A van's solved route as the crew drives it: its stops (consecutive visits to the same site make one stop; a
 * depot return between two trips is a stop of its own, and so is the first visit after a re-plan's kept stops) and the road geometry from the depot through every stop
 * back to the depot.
 */
public record DrivenRoute(Van van, RouteSummary summary, List<Stop> stops, LineString geometry) {

    /**
     * @param arrivalSecond   arrival at the site, seconds since midnight
     * @param departureSecond when the last goods are unloaded
     * @param loadOnArrivalKg kg on board when arriving
     */
    public record Stop(PlanningSite site, long arrivalSecond, long departureSecond, long loadOnArrivalKg,
            List<Visit> visits) {

        /** A return to the depot to load the next trip: its one visit is the reload, nothing is handed over. */
        public boolean isReload() {
            return visits.get(0).isReload();
        }
    }
}
