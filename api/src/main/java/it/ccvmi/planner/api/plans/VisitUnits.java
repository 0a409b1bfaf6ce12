package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Units a visit carries. The delivery builder splits an order of N units into n visits with ids
 * {@code requester:goods:k/n}, the first {@code N mod n} parts one unit larger; the visit keeps only its kg.
 */
final class VisitUnits {

    private VisitUnits() {
    }

    /** @param orderUnits the units allocated to the visit's requester for its goods (the order) */
    static long of(Visit visit, long orderUnits) {
        String id = visit.getId();
        String[] part = id.substring(id.lastIndexOf(':') + 1).split("/");
        int index = Integer.parseInt(part[0]) - 1;
        int parts = Integer.parseInt(part[1]);
        return orderUnits / parts + (index < orderUnits % parts ? 1 : 0);
    }
}
