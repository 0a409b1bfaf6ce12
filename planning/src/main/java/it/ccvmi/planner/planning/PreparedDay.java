package it.ccvmi.planner.planning;

import it.ccvmi.planner.routing.RouterDescription;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A day ready for the routing solver: everything {@link DayPlanner} computes before solving. The benchmarks
 * solve {@link #problem()} their own way; {@link DayPlanner#plan} solves it within the caller's limits.
 *
 * @param problem     the usable vans and the deliveries sized to them, not yet routed
 * @param unusedVans  the chosen vans that cannot work that day, and why
 * @param ids         the day's request, site and vehicle ids behind the solver's keys
 * @param splitTime   wall-clock time of the fair split and the orders
 * @param matrixTime  wall-clock time of the travel matrix
 */
public record PreparedDay(LocalDate date, List<FairAllocation> allocations, List<UnroutableOrder> unroutable,
        RoutingPlan problem, List<DayFleet.UnusedVan> unusedVans, DayIds ids, RouterDescription router, List<PlanningSite> sites, Duration splitTime,
        Duration matrixTime) {

    public PreparedDay {
        allocations = List.copyOf(allocations);
        unroutable = List.copyOf(unroutable);
        unusedVans = List.copyOf(unusedVans);
        sites = List.copyOf(sites);
    }
}
