package it.ccvmi.planner.planning;

import it.ccvmi.planner.solver.routing.build.ServiceTimeRule;
import it.ccvmi.planner.solver.routing.model.RouteWalk;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.TripUpdater;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RouteFit;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * After the search: a postponed delivery of several units is split so that the part the roomiest van can still take
 * (weight, volume, refrigeration, receiving hours, shift end) rides today and only the rest waits; the rest is tried
 * again on the other vans. Deliveries are sized to the fleet before solving (split only when an order exceeds the
 * biggest suitable van), so without this step a large order that misses the room left in the vans by a little waits
 * whole (measured: Milano's 594 kg of dairy on the emergency day, with 18 kg left at most). It never takes a stop
 * off a route, so it only serves more.
 */
final class PostponedSplit {

    private final RoutingPlan plan;
    private final ServiceTimeRule serviceTime;

    private PostponedSplit(RoutingPlan plan, ServiceTimeRule serviceTime) {
        this.plan = plan;
        this.serviceTime = serviceTime;
    }

    /** Splits what fits into the vans' room left and rescores the plan; returns how many deliveries were split. */
    static int apply(RoutingPlan plan, ServiceTimeRule serviceTime) {
        int splits = new PostponedSplit(plan, serviceTime).split();
        if (splits > 0) {
            RoutingSolver.rescore(plan);
        }
        return splits;
    }

    private int split() {
        Van postponed = plan.getPostponedList();
        List<Visit> waiting = postponed.getVisits();
        Deque<Visit> candidates = new ArrayDeque<>(waiting.subList(postponed.getPinnedCount(), waiting.size()).stream()
                .filter(visit -> visit.getUnits() > 1)
                .sorted(Comparator.comparingLong(Visit::getPostponementCost).reversed().thenComparing(Visit::getId))
                .toList());
        int splits = 0;
        while (!candidates.isEmpty()) {
            Visit visit = candidates.poll();
            Part best = null;
            for (Van van : plan.getRealVans()) {
                Part part = largestPart(van, visit);
                if (part != null && (best == null || part.visit.getUnits() > best.visit.getUnits()
                        || part.visit.getUnits() == best.visit.getUnits() && part.extraSeconds < best.extraSeconds)) {
                    best = part;
                }
            }
            if (best == null) {
                continue;
            }
            Visit rest = piece(visit, visit.getUnits() - best.visit.getUnits(), visit.getKg() - best.visit.getKg(),
                    visit.getLitres() - best.visit.getLitres(), "~2");
            waiting.set(waiting.indexOf(visit), rest);
            best.van.getVisits().add(best.position, best.visit);
            plan.getVisits().remove(visit);
            plan.getVisits().add(best.visit);
            plan.getVisits().add(rest);
            place(best.van);
            place(postponed);
            splits++;
            if (rest.getUnits() > 1) {
                candidates.addFirst(rest);
            }
        }
        return splits;
    }

    /** The most units of the visit this van can take at its cheapest feasible position, or null for none. */
    private Part largestPart(Van van, Visit visit) {
        if (van.isOutOfService() || visit.isChilled() && !van.isRefrigerated()) {
            return null;
        }
        List<Visit> route = van.getVisits();
        // Room is per trip: a van that reloads at the depot has its capacity again on each trip.
        RouteFit.TripLoads loads = RouteFit.TripLoads.of(route);
        long spareKg = loads.mostKgLeft(van);
        long spareLitres = loads.mostLitresLeft(van);
        long units = visit.getUnits() - 1;
        while (units > 0 && (kg(visit, units) > spareKg || litres(visit, units) > spareLitres)) {
            units = Math.min(units - 1, visit.getKg() == 0 ? units - 1 : spareKg * visit.getUnits() / visit.getKg());
        }
        if (units <= 0) {
            return null;
        }
        Visit part = piece(visit, units, kg(visit, units), litres(visit, units), "~1");
        Part best = null;
        for (int position = van.getPinnedCount(); position <= route.size(); position++) {
            if (RouteFit.loadObstacle(van, loads, part, position) == null
                    && RouteFit.scheduleObstacle(van, route, part, position) == null) {
                long extra = RouteFit.extraDrivingSeconds(van, route, part, position);
                if (best == null || extra < best.extraSeconds) {
                    best = new Part(van, position, part, extra);
                }
            }
        }
        return best;
    }

    private record Part(Van van, int position, Visit visit, long extraSeconds) {
    }

    /** Part of a visit: its share of the weight, volume and postponement cost, unloading time for its weight. */
    private Visit piece(Visit whole, long units, long kg, long litres, String suffix) {
        long cost = Math.max(1, Math.round((double) whole.getPostponementCost() * units / whole.getUnits()));
        return new Visit(whole.getId() + suffix, whole.getRequest(), whole.getRequesterId(), whole.getGoodsCode(), units,
                whole.getLocation(), kg, litres, whole.getTemperature(), whole.getPriority(), serviceTime.seconds(kg),
                whole.getReceivingHours(), cost);
    }

    /** Weight of some of the visit's units, rounded up as the deliveries are. */
    private static long kg(Visit whole, long units) {
        return (long) Math.ceil((double) whole.getKg() * units / whole.getUnits());
    }

    private static long litres(Visit whole, long units) {
        return (long) Math.ceil((double) whole.getLitres() * units / whole.getUnits());
    }

    /** Sets the shadow variables of the van's visits as the solver would. */
    private static void place(Van van) {
        List<Visit> visits = van.getVisits();
        RouteWalk walk = RouteWalk.fromDepot(van);
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            Visit previous = i == 0 ? null : visits.get(i - 1);
            visit.setVan(van);
            visit.setTrip(van.isPostponedList() ? null : TripUpdater.tripAfter(previous));
            visit.setPreviousVisit(previous);
            visit.setNextVisit(i == visits.size() - 1 ? null : visits.get(i + 1));
            visit.setArrivalSecond(van.isPostponedList() || !van.isTimed() ? null : walk.stopAt(visit));
        }
    }
}
