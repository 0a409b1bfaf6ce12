package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.DayPlan.Timings;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.build.DeliveryBuilder;
import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.build.ServiceTimeRule;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.explain.RoutingExplainer;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a day from plain values: fair split per goods type, orders, deliveries sized to the vans, the
 * router's travel matrix over the day's sites (depot first), the routing solver, then the independent
 * feasibility check and the explanations. No Spring, no database: the service and the benchmarks build the
 * inputs their own way.
 */
public final class DayPlanner {

    private final PlanningTerritory territory;
    private final GoodsCatalogue catalogue;
    private final Router router;
    private final MultiTrip multiTrip;

    /** A planner whose vans may return to the depot to reload ({@link MultiTrip#DEFAULT}). */
    public DayPlanner(PlanningTerritory territory, GoodsCatalogue catalogue, Router router) {
        this(territory, catalogue, router, MultiTrip.DEFAULT);
    }

    public DayPlanner(PlanningTerritory territory, GoodsCatalogue catalogue, Router router, MultiTrip multiTrip) {
        this.territory = territory;
        this.catalogue = catalogue;
        this.router = router;
        this.multiTrip = multiTrip;
    }

    /** Plans the day with the standard fairness, searching within {@code limits} after the construction. */
    public DayPlan plan(PlanningDay day, SolveLimits limits) {
        return plan(day, FairnessOptions.STANDARD, limits);
    }

    /**
     * @throws DayPlanningException     when the router cannot place or connect some sites
     * @throws IllegalArgumentException when the day names unknown sites or goods, or no van can work that day
     */
    public DayPlan plan(PlanningDay day, FairnessOptions fairness, SolveLimits limits) {
        PreparedDay prepared = prepare(day, fairness);
        long started = System.nanoTime();
        RoutingPlan solved = new RoutingSolver(limits).solve(prepared.problem());
        return finish(prepared, solved, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The planned day from a prepared day and its routes however they were solved: adds the independent
     * feasibility check and the explanations.
     */
    public static DayPlan finish(PreparedDay prepared, RoutingPlan solved, Duration solveTime) {
        return new DayPlan(prepared.date(), prepared.allocations(), prepared.unroutable(), solved,
                prepared.unusedVans(), prepared.ids(), new FeasibilityChecker().check(solved), new RoutingExplainer().explain(solved),
                prepared.router(),
                prepared.sites(), new Timings(prepared.splitTime(), prepared.matrixTime(), solveTime));
    }

    /**
     * Everything before solving: the fair split, the orders, the travel matrix and the unsolved routing plan.
     *
     * @throws DayPlanningException     when the router cannot place or connect some sites
     * @throws IllegalArgumentException when the day names unknown sites or goods, or no van can work that day
     */
    public PreparedDay prepare(PlanningDay day, FairnessOptions fairness) {
        DayOfWeek weekday = day.date().getDayOfWeek();
        long started = System.nanoTime();
        List<FairAllocation> allocations = new DaySplit(territory, fairness).split(day);
        DayLocations locations = new DayLocations(territory.depot());
        DayIds ids = DayIds.of(day, territory);
        DayOrders orders = new DayOrders(allocations, territory, catalogue, weekday, locations);
        long splitDone = System.nanoTime();

        DayMatrix matrix = new DayMatrix(router, locations.sites(), day.date());
        long matrixDone = System.nanoTime();

        DayFleet.Vans vans = DayFleet.vans(day.fleet(), territory.depot(), new Location(0, matrix.forSolver()), weekday);
        List<Visit> visits = new ArrayList<>(new DeliveryBuilder(matrix.forSolver(), vans.usable(), ServiceTimeRule.DEFAULT)
                .build(orders.orders()));
        visits.addAll(multiTrip.reloads(vans.usable()));
        return new PreparedDay(day.date(), allocations, orders.unroutable(),
                new RoutingPlan(vans.usable(), visits, new RoutingWeights()), vans.unused(),
                ids.withVehicles(vans.vehicleByVan()), matrix.routed().router(),
                locations.sites(), Duration.ofNanos(splitDone - started), Duration.ofNanos(matrixDone - splitDone));
    }
}
