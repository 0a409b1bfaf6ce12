package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.DayReplan;
import it.ccvmi.planner.planning.day.DayReplan.Delivery;
import it.ccvmi.planner.planning.day.DayReplan.DepotReturn;
import it.ccvmi.planner.planning.day.DayReplan.PinnedRoute;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.day.VehicleId;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.allocation.FillRatio;
import it.ccvmi.planner.solver.routing.build.DeliveryBuilder;
import it.ccvmi.planner.solver.routing.build.DeliveryOrder;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-planning steps of {@link DayPlanner#prepare(PlanningDay, FairnessOptions, DayReplan)}: the published
 * allocations kept and the urgent requests split on the stock they left; the orders less what is already delivered
 * or refused; the pinned and refused deliveries as visits sized as they were planned; the vans pinned or taken out.
 */
final class ReplanInput {

    private final DayReplan replan;

    ReplanInput(DayReplan replan) {
        this.replan = replan;
    }

    /**
     * The published units of the requests it covered (their fair split redone on the same input gives the reasons;
     * the units are the published ones should the input have changed since), and a fair split of the stock left
     * among the urgent requests.
     */
    List<FairAllocation> allocations(PlanningDay day, DaySplit split) {
        List<RequestLine> kept = day.requests().stream().filter(line -> replan.publishedUnits().containsKey(line.id())).toList();
        List<RequestLine> urgent = day.requests().stream().filter(line -> !replan.publishedUnits().containsKey(line.id())).toList();
        List<FairAllocation> allocations = new ArrayList<>();
        if (!kept.isEmpty()) {
            for (FairAllocation allocation : split.split(withRequests(day, kept, day.stock()))) {
                long units = replan.publishedUnits().get(allocation.request());
                allocations.add(units == allocation.allocated() ? allocation : new FairAllocation(allocation.request(),
                        allocation.requesterId(), allocation.goodsCode(), allocation.requested(), allocation.fairShare(),
                        units, FillRatio.of(units, allocation.requested()), allocation.explanation()));
            }
        }
        if (!urgent.isEmpty()) {
            allocations.addAll(split.split(withRequests(day, urgent, stockLeft(day, kept))));
        }
        return allocations;
    }

    /** The day's stock less the published units, per goods type. */
    private List<StockLine> stockLeft(PlanningDay day, List<RequestLine> kept) {
        Map<String, Long> units = new HashMap<>();
        day.stock().forEach(lot -> units.merge(lot.goodsCode(), (long) lot.units(), Long::sum));
        kept.forEach(line -> units.merge(line.goodsCode(), -replan.publishedUnits().get(line.id()), Long::sum));
        List<StockLine> left = new ArrayList<>();
        units.forEach((goods, count) -> left.add(new StockLine(goods, (int) Math.max(0, count), 0, day.date(), null)));
        return left;
    }

    private static PlanningDay withRequests(PlanningDay day, List<RequestLine> requests, List<StockLine> stock) {
        return new PlanningDay(day.date(), day.seed(), requests, stock, day.fleet());
    }

    /** The orders less the units already delivered, under way or refused; orders with nothing left are dropped. */
    List<DeliveryOrder> ordersLeft(List<DeliveryOrder> orders) {
        Map<RequestId, Long> fixed = new HashMap<>();
        replan.pinnedRoutes().forEach(route -> route.deliveries().forEach(delivery -> add(fixed, delivery)));
        replan.refused().forEach(delivery -> add(fixed, delivery));
        List<DeliveryOrder> left = new ArrayList<>();
        for (DeliveryOrder order : orders) {
            long units = order.units() - fixed.getOrDefault(order.request(), 0L);
            if (units > 0) {
                left.add(order.withUnits(units));
            }
        }
        return left;
    }

    private static void add(Map<RequestId, Long> fixed, Delivery delivery) {
        fixed.merge(delivery.request(), delivery.units(), Long::sum);
    }

    /**
     * Pins each van's deliveries done or under way at the head of its list, takes the vans out of service and returns
     * every pinned visit; {@code refused} receives the refused deliveries as visits.
     */
    List<Visit> pin(DayFleet.Vans vans, List<DeliveryOrder> orders, DeliveryBuilder builder, List<Visit> refused) {
        Map<RequestId, DeliveryOrder> orderOf = new HashMap<>();
        orders.forEach(order -> orderOf.put(order.request(), order));
        Map<VehicleId, Van> vanOf = new HashMap<>();
        vans.usable().forEach(van -> vanOf.put(vans.vehicleByVan().get(van.getId()), van));
        List<Visit> pinned = new ArrayList<>();
        for (PinnedRoute route : replan.pinnedRoutes()) {
            Van van = vanOf.get(route.vehicle());
            if (van == null) {
                throw new IllegalArgumentException("vehicle " + route.vehicle().value() + " has stops to keep but does not work the day");
            }
            List<Visit> visits = new ArrayList<>();
            for (int i = 0; i <= route.deliveries().size(); i++) {
                for (DepotReturn depotReturn : route.depotReturns()) {
                    if (depotReturn.before() == i) {
                        visits.add(Visit.reload("done-" + van.getId() + "-" + visits.size(), van.getDepot(),
                                depotReturn.seconds()));
                    }
                }
                if (i < route.deliveries().size()) {
                    visits.add(builder.whole(order(orderOf, route.deliveries().get(i)),
                            "done-" + van.getId() + "-" + visits.size()));
                }
            }
            van.pinFirst(visits);
            pinned.addAll(visits);
        }
        for (Delivery delivery : replan.refused()) {
            refused.add(builder.whole(order(orderOf, delivery), "refused-" + refused.size()));
        }
        replan.outOfService().forEach(vehicle -> {
            Van van = vanOf.get(vehicle);
            if (van != null) {
                van.takeOutOfService();
            }
        });
        return pinned;
    }

    private static DeliveryOrder order(Map<RequestId, DeliveryOrder> orderOf, Delivery delivery) {
        DeliveryOrder order = orderOf.get(delivery.request());
        if (order == null) {
            throw new IllegalArgumentException("request " + delivery.request().value()
                    + " has a delivery to keep but is not among the day's allocated orders");
        }
        return order.withUnits(delivery.units());
    }

    /** The vans that size the deliveries: those in service (all of them if none is). */
    List<Van> sizingVans(List<Van> usable) {
        List<Van> inService = usable.stream().filter(van -> !van.isOutOfService()).toList();
        return inService.isEmpty() ? usable : inService;
    }
}
