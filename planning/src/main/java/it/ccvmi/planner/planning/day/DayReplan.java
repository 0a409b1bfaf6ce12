package it.ccvmi.planner.planning.day;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a re-plan of a published day starts from, besides the day's input: the units the published version gave each
 * request (kept: the fair split is not redone; requests it does not cover are the urgent ones, split on what stock is
 * left), the deliveries each van has done or has under way (pinned, in order: the van goes on from the last of them
 * at its departure time), the vans out of service (they keep their pinned deliveries and take no more) and the
 * deliveries the sites refused (postponed).
 *
 * @param publishedUnits units allocated by the published version, by request
 */
public record DayReplan(Map<RequestId, Long> publishedUnits, List<PinnedRoute> pinnedRoutes,
        Set<VehicleId> outOfService, List<Delivery> refused) {

    public DayReplan {
        publishedUnits = Map.copyOf(publishedUnits);
        pinnedRoutes = List.copyOf(pinnedRoutes);
        outOfService = Set.copyOf(outOfService);
        refused = List.copyOf(refused);
    }

    /** Units of one request on one stop. */
    public record Delivery(RequestId request, long units) {
    }

    /**
     * A van's deliveries done or under way, in the order it made them, and the returns to the depot to reload it
     * made between them (multi-trip): kept too, so the trips' loads and the van's times stay as they were.
     */
    public record PinnedRoute(VehicleId vehicle, List<Delivery> deliveries, List<DepotReturn> depotReturns) {

        public PinnedRoute {
            deliveries = List.copyOf(deliveries);
            depotReturns = List.copyOf(depotReturns);
        }

        /** A route driven in one trip so far. */
        public PinnedRoute(VehicleId vehicle, List<Delivery> deliveries) {
            this(vehicle, deliveries, List.of());
        }
    }

    /**
     * A return to the depot to reload.
     *
     * @param before  the index in the route's deliveries of the first delivery after it (all of them: at the end)
     * @param seconds how long the van stayed at the depot
     */
    public record DepotReturn(int before, long seconds) {
    }
}
