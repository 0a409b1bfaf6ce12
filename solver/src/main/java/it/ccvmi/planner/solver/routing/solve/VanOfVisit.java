package it.ccvmi.planner.solver.routing.solve;

import java.util.List;
import java.util.Map;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * The list (a van's route or the postponed list) each visit of a plan is on, by the visit's plan index: the lookup the
 * ruin and the recreate make most, an array read instead of a hash lookup, and a copy per candidate that is one small
 * array copy.
 */
final class VanOfVisit {

    private final Van[] vans;

    private VanOfVisit(Van[] vans) {
        this.vans = vans;
    }

    /**
     * Where each visit of these routes is, for a plan of {@code visitCount} visits; a visit on none of them (not placed
     * yet) is on none.
     */
    static VanOfVisit of(Map<Van, List<Visit>> routes, int visitCount) {
        VanOfVisit vanOf = new VanOfVisit(new Van[visitCount]);
        routes.forEach((van, route) -> route.forEach(visit -> vanOf.put(visit, van)));
        return vanOf;
    }

    /** The list the visit is on, or null if it is on none yet. */
    Van get(Visit visit) {
        return vans[visit.getPlanIndex()];
    }

    void put(Visit visit, Van van) {
        vans[visit.getPlanIndex()] = van;
    }

    VanOfVisit copy() {
        return new VanOfVisit(vans.clone());
    }
}
