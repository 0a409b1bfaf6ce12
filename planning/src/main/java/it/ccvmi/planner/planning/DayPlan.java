package it.ccvmi.planner.planning;

import it.ccvmi.planner.routing.RouterDescription;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.explain.PlanExplanation;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned day: who gets what and why, and the vans' routes.
 *
 * @param allocations  the fair split, one per request, each with its reason
 * @param unroutable   allocated goods that could not even be offered to the vans (site closed that day)
 * @param routes       the solved routes; its postponed list holds the deliveries left for another day
 * @param unusedVans   the chosen vans left out because they cannot work that day, and why
 * @param ids          the day's request, site and vehicle ids behind the solver's keys
 * @param feasibility  the independent check of the routes (not the solver's own score)
 * @param explanation  score per constraint and per visit, and the reason for every postponed delivery
 * @param router       which router, road data and profile gave the travel times
 * @param sites        the day's sites in travel-matrix order (index 0 is the depot)
 */
public record DayPlan(LocalDate date, List<FairAllocation> allocations, List<UnroutableOrder> unroutable,
        RoutingPlan routes, List<DayFleet.UnusedVan> unusedVans, DayIds ids, FeasibilityReport feasibility,
        PlanExplanation explanation, RouterDescription router, List<PlanningSite> sites, Timings timings) {

    public DayPlan {
        allocations = List.copyOf(allocations);
        unroutable = List.copyOf(unroutable);
        unusedVans = List.copyOf(unusedVans);
        sites = List.copyOf(sites);
    }

    /** The same plan with more unused vans listed before those it has (e.g. the vans marked off that day). */
    public DayPlan withUnusedFirst(List<DayFleet.UnusedVan> more) {
        List<DayFleet.UnusedVan> unused = new ArrayList<>(more);
        unused.addAll(unusedVans);
        return new DayPlan(date, allocations, unroutable, routes, unused, ids, feasibility, explanation, router, sites,
                timings);
    }

    /** Wall-clock time of the pipeline's steps. */
    public record Timings(Duration split, Duration matrix, Duration solve) {
    }
}
