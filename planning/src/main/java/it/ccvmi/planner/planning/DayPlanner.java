package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.DayPlan.Timings;
import it.ccvmi.planner.planning.day.DayReplan;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.build.DeliveryBuilder;
import it.ccvmi.planner.solver.routing.build.DeliveryOrder;
import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.build.ServiceTimeRule;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.explain.RoutingExplainer;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
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
     * The planned day from a prepared day and its routes however they were solved: lets the vans' room left take part
     * of the postponed deliveries ({@code PostponedSplit}), adds the independent feasibility check and the explanations.
     */
    public static DayPlan finish(PreparedDay prepared, RoutingPlan solved, Duration solveTime) {
        PostponedSplit.apply(solved, ServiceTimeRule.DEFAULT);
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
        return prepare(day, fairness, null);
    }

    /**
     * As {@link #prepare(PlanningDay, FairnessOptions)}, re-planning a published day when {@code replan} is not null:
     * the published allocations are kept and the urgent requests (those it does not cover) split on the stock left;
     * each van's deliveries done or under way are pinned at the head of its route, the vans out of service take
     * nothing more, the refused deliveries stay postponed; the rest is routed again.
     */
    public PreparedDay prepare(PlanningDay day, FairnessOptions fairness, DayReplan replan) {
        DayOfWeek weekday = day.date().getDayOfWeek();
        long started = System.nanoTime();
        DaySplit split = new DaySplit(territory, fairness);
        ReplanInput replanning = replan == null ? null : new ReplanInput(replan);
        List<FairAllocation> allocations = replanning == null ? split.split(day) : replanning.allocations(day, split);
        DayLocations locations = new DayLocations(territory.depot());
        DayIds ids = DayIds.of(day, territory);
        DayOrders orders = new DayOrders(allocations, territory, catalogue, weekday, locations);
        long splitDone = System.nanoTime();

        DayMatrix matrix = new DayMatrix(router, locations.sites(), day.date());
        long matrixDone = System.nanoTime();

        DayFleet.Vans vans = DayFleet.vans(day.fleet(), territory.depot(), new Location(0, matrix.forSolver()), weekday);
        List<Visit> visits = new ArrayList<>();
        List<Visit> refused = new ArrayList<>();
        List<DeliveryOrder> toRoute = orders.orders();
        List<Van> sizing = vans.usable();
        if (replanning != null) {
            DeliveryBuilder asPlanned = new DeliveryBuilder(matrix.forSolver(), vans.usable(), ServiceTimeRule.DEFAULT);
            visits.addAll(replanning.pin(vans, toRoute, asPlanned, refused));
            visits.addAll(refused);
            toRoute = replanning.ordersLeft(toRoute);
            sizing = replanning.sizingVans(vans.usable());
        }
        visits.addAll(new DeliveryBuilder(matrix.forSolver(), sizing, ServiceTimeRule.DEFAULT).build(toRoute));
        visits.addAll(multiTrip.reloads(vans.usable()));
        return new PreparedDay(day.date(), allocations, orders.unroutable(),
                new RoutingPlan(vans.usable(), visits, refused, new RoutingWeights()), vans.unused(),
                ids.withVehicles(vans.vehicleByVan()), matrix.routed().router(),
                locations.sites(), Duration.ofNanos(splitDone - started), Duration.ofNanos(matrixDone - splitDone));
    }
}
