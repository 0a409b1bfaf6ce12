package it.ccvmi.planner.solver.routing.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Recomputes loads, driving and times from the vans' visit lists alone and reports every broken hard rule.
 * Deliberately independent of the solver: it reads no shadow variable and no score, so a bug in the
 * constraints or the arrival-time listener cannot hide behind itself.
 */
public final class FeasibilityChecker {

    public FeasibilityReport check(RoutingPlan plan) {
        List<String> violations = new ArrayList<>();
        checkEveryVisitPlacedOnce(plan, violations);
        long drivingSeconds = 0;
        long drivingMetres = 0;
        int routesUsed = 0;
        for (Van van : plan.getRealVans()) {
            if (van.getVisits().isEmpty()) {
                continue;
            }
            routesUsed++;
            checkLoad(van, violations);
            RouteTotals totals = walkRoute(van, violations);
            drivingSeconds += totals.seconds;
            drivingMetres += totals.metres;
        }
        long postponed = plan.getPostponedList().getVisits().stream().filter(visit -> !visit.isReload()).count();
        return new FeasibilityReport(List.copyOf(violations), drivingSeconds, drivingMetres, routesUsed, (int) postponed);
    }

    private static void checkEveryVisitPlacedOnce(RoutingPlan plan, List<String> violations) {
        Map<Visit, Integer> placements = new HashMap<>();
        for (Van van : plan.getVans()) {
            for (Visit visit : van.getVisits()) {
                placements.merge(visit, 1, Integer::sum);
            }
        }
        for (Visit visit : plan.getVisits()) {
            int count = placements.getOrDefault(visit, 0);
            if (count != 1) {
                violations.add("Visit " + visit.getId() + " is placed " + count + " times (expected once)");
            }
        }
        Set<Visit> planned = new HashSet<>(plan.getVisits());
        for (Visit placed : placements.keySet()) {
            if (!planned.contains(placed)) {
                violations.add("Visit " + placed.getId() + " is in a route but not in the plan");
            }
        }
    }

    /** Load per trip: a depot return (reload) unloads nothing and starts the next trip empty. */
    private static void checkLoad(Van van, List<String> violations) {
        long kg = 0;
        long litres = 0;
        int trip = 1;
        for (Visit visit : van.getVisits()) {
            if (visit.isReload()) {
                checkTripLoad(van, trip, kg, litres, violations);
                if (visit.getLocation().index() != van.getDepot().index()) {
                    violations.add("Van " + van.getId() + " reloads at " + visit.getLocation() + ", not at its depot");
                }
                kg = 0;
                litres = 0;
                trip++;
                continue;
            }
            kg += visit.getKg();
            litres += visit.getLitres();
            if (visit.isChilled() && !van.isRefrigerated()) {
                violations.add("Van " + van.getId() + " is not refrigerated but carries chilled visit " + visit.getId());
            }
        }
        checkTripLoad(van, trip, kg, litres, violations);
    }

    private static void checkTripLoad(Van van, int trip, long kg, long litres, List<String> violations) {
        if (kg > van.getCapacityKg()) {
            violations.add("Van " + van.getId() + " carries " + kg + " kg on trip " + trip + ", capacity " + van.getCapacityKg() + " kg");
        }
        if (litres > van.getCapacityLitres()) {
            violations.add("Van " + van.getId() + " carries " + litres + " L on trip " + trip + ", capacity " + van.getCapacityLitres() + " L");
        }
    }

    /**
     * A deliberate second copy of the route timing walk ({@code RouteWalk} is the solver's): sharing it would
     * let a bug there pass this check unseen. A depot return is a stop at the depot that takes its reload time.
     */
    private static RouteTotals walkRoute(Van van, List<String> violations) {
        RouteTotals totals = new RouteTotals();
        long clock = van.getShiftStartSecond();
        var here = van.getDepot();
        for (Visit visit : van.getVisits()) {
            totals.seconds += here.secondsTo(visit.getLocation());
            totals.metres += here.metresTo(visit.getLocation());
            long arrival = clock + here.secondsTo(visit.getLocation());
            Long start = startOfUnloading(visit.getReceivingHours().windows(), arrival);
            if (start == null) {
                violations.add("Van " + van.getId() + " reaches " + visit.getId() + " at " + arrival
                        + " s, after its receiving windows " + visit.getReceivingHours());
                start = arrival;
            }
            clock = start + visit.getServiceSeconds();
            here = visit.getLocation();
        }
        totals.seconds += here.secondsTo(van.getDepot());
        totals.metres += here.metresTo(van.getDepot());
        long back = clock + here.secondsTo(van.getDepot());
        if (back > van.getShiftEndSecond()) {
            violations.add("Van " + van.getId() + " is back at " + back + " s, after its shift end " + van.getShiftEndSecond() + " s");
        }
        return totals;
    }

    /** The first window still open on arrival decides; null when all have closed. No windows: any time. */
    private static Long startOfUnloading(List<TimeWindow> windows, long arrival) {
        if (windows.isEmpty()) {
            return arrival;
        }
        for (TimeWindow window : windows) {
            if (arrival <= window.endSecond()) {
                return Math.max(arrival, window.startSecond());
            }
        }
        return null;
    }

    private static final class RouteTotals {
        long seconds;
        long metres;
    }
}
