package it.ccvmi.planner.solver.routing.explain;

import java.util.List;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RouteFit;
import it.ccvmi.planner.solver.routing.solve.RouteFit.Obstacle;

/**
 * Finds why a postponed delivery could not be inserted: tries every van and every position of the final
 * routes and reports the furthest any attempt got (a van with room but no time slot says more than a
 * full van).
 */
final class PostponementDiagnosis {

    private static final String NO_REFRIGERATED_VAN = "chilled goods and no refrigerated van in today's fleet";

    private PostponementDiagnosis() {
    }

    static PostponedDelivery diagnose(RoutingPlan plan, Visit visit) {
        Van postponedList = plan.getPostponedList();
        if (!postponedList.isMovableAt(postponedList.getVisits().indexOf(visit))) {
            return postponed(visit, PostponementReason.REFUSED, "the site refused it; left for another day");
        }
        List<Van> vans = plan.getRealVans().stream().filter(van -> !van.isOutOfService()).toList();
        if (vans.isEmpty()) {
            return postponed(visit, PostponementReason.NO_VAN_IN_SERVICE, "every van of the day is out of service");
        }
        if (visit.isChilled() && vans.stream().noneMatch(Van::isRefrigerated)) {
            return postponed(visit, PostponementReason.NO_REFRIGERATED_VAN, NO_REFRIGERATED_VAN);
        }
        Obstacle furthest = null;
        long mostKgLeft = 0;
        long mostLitresLeft = 0;
        for (Van van : vans) {
            long kg = van.getVisits().stream().mapToLong(Visit::getKg).sum();
            long litres = van.getVisits().stream().mapToLong(Visit::getLitres).sum();
            if (!visit.isChilled() || van.isRefrigerated()) {
                mostKgLeft = Math.max(mostKgLeft, van.getCapacityKg() - kg);
                mostLitresLeft = Math.max(mostLitresLeft, van.getCapacityLitres() - litres);
            }
            Obstacle obstacle = RouteFit.loadObstacle(van, kg, litres, visit);
            if (obstacle == null) {
                obstacle = bestSchedule(van, visit);
                if (obstacle == null) {
                    return postponed(visit, PostponementReason.SEARCH_ENDED_FIRST,
                            "fits in van " + van.getId() + " as the routes stand; the search ended before placing it");
                }
            }
            if (furthest == null || obstacle.ordinal() > furthest.ordinal()) {
                furthest = obstacle;
            }
        }
        return switch (furthest) {
            // Only reachable without refrigerated vans, which is answered above; kept for exhaustiveness.
            case NOT_REFRIGERATED -> postponed(visit, PostponementReason.NO_REFRIGERATED_VAN, NO_REFRIGERATED_VAN);
            case WEIGHT -> postponed(visit, PostponementReason.NO_CAPACITY_LEFT_KG, "needs " + visit.getKg()
                    + " kg; the most any suitable van has left is " + mostKgLeft + " kg");
            case VOLUME -> postponed(visit, PostponementReason.NO_CAPACITY_LEFT_VOLUME, "needs " + visit.getLitres()
                    + " L; the most any suitable van has left is " + mostLitresLeft + " L");
            case WINDOW -> unreachableFromDepot(vans, visit)
                    ? postponed(visit, PostponementReason.WINDOW_UNREACHABLE, "no van can reach the site within its receiving hours "
                            + visit.getReceivingHours() + ", even leaving the depot at shift start")
                    : postponed(visit, PostponementReason.WINDOW_CONFLICTS_WITH_ROUTES, "every slot in today's routes would make it"
                            + " or a later delivery arrive after the receiving hours " + visit.getReceivingHours());
            case SHIFT_END -> postponed(visit, PostponementReason.SHIFT_TOO_SHORT,
                    "any van taking it would be back at the depot after its shift end");
        };
    }

    /** The least blocking timing obstacle over all positions, null if some position works. */
    private static Obstacle bestSchedule(Van van, Visit visit) {
        Obstacle best = Obstacle.WINDOW;
        for (int position = van.getPinnedCount(); position <= van.getVisits().size(); position++) {
            Obstacle obstacle = RouteFit.scheduleObstacle(van, van.getVisits(), visit, position);
            if (obstacle == null) {
                return null;
            }
            if (obstacle.ordinal() > best.ordinal()) {
                best = obstacle;
            }
        }
        return best;
    }

    private static boolean unreachableFromDepot(List<Van> vans, Visit visit) {
        List<TimeWindow> windows = visit.getReceivingHours().windows();
        long lastClose = windows.get(windows.size() - 1).endSecond();
        return vans.stream().noneMatch(van -> (!visit.isChilled() || van.isRefrigerated())
                && van.getShiftStartSecond() + van.getDepot().secondsTo(visit.getLocation()) <= lastClose);
    }

    private static PostponedDelivery postponed(Visit visit, PostponementReason reason, String text) {
        return new PostponedDelivery(visit.getId(), visit.getRequesterId(), visit.getGoodsCode(), visit.getKg(), reason,
                visit.getId() + " postponed: " + text);
    }
}
