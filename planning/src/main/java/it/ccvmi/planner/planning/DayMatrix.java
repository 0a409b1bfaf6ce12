package it.ccvmi.planner.planning;

import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.RoutingException;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
import java.time.LocalDate;
import java.util.List;

/**
 * Step 3: the day's travel matrix: the router's {@link SiteTravelMatrix} over the day's sites, and the same in the
 * solver's whole seconds and metres.
 */
final class DayMatrix {

    private final SiteTravelMatrix routed;
    private final ArrayTravelMatrix forSolver;

    /** @throws DayPlanningException when the router cannot place or connect some sites (all of them named) */
    DayMatrix(Router router, List<PlanningSite> sites, LocalDate date) {
        try {
            routed = router.matrix(sites.stream().map(PlanningSite::toRoutingSite).toList());
        } catch (RoutingException e) {
            throw new DayPlanningException("Impossibile pianificare il " + date + " con " + router.description().name() + ": "
                    + e.getMessage(), e);
        }
        int n = routed.size();
        long[] seconds = new long[n * n];
        long[] metres = new long[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                seconds[from * n + to] = Math.round(routed.seconds(from, to));
                metres[from * n + to] = Math.round(routed.metres(from, to));
            }
        }
        forSolver = ArrayTravelMatrix.of(n, seconds, metres);
    }

    SiteTravelMatrix routed() {
        return routed;
    }

    ArrayTravelMatrix forSolver() {
        return forSolver;
    }
}
