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

    private static final String NO_REFRIGERATED_VAN = "merce da tenere al freddo e nessun furgone refrigerato nella flotta di oggi";

    private PostponementDiagnosis() {
    }

    static PostponedDelivery diagnose(RoutingPlan plan, Visit visit) {
        Van postponedList = plan.getPostponedList();
        if (!postponedList.isMovableAt(postponedList.getVisits().indexOf(visit))) {
            return postponed(visit, PostponementReason.REFUSED, "la sede l'ha rifiutata; resta per un altro giorno");
        }
        List<Van> vans = plan.getRealVans().stream().filter(van -> !van.isOutOfService()).toList();
        if (vans.isEmpty()) {
            return postponed(visit, PostponementReason.NO_VAN_IN_SERVICE, "tutti i furgoni del giorno sono fuori servizio");
        }
        if (visit.isChilled() && vans.stream().noneMatch(Van::isRefrigerated)) {
            return postponed(visit, PostponementReason.NO_REFRIGERATED_VAN, NO_REFRIGERATED_VAN);
        }
        Obstacle furthest = null;
        long mostKgLeft = 0;
        long mostLitresLeft = 0;
        Visit unusedReload = plan.getPostponedList().getVisits().stream().filter(Visit::isReload).findFirst().orElse(null);
        for (Van van : vans) {
            List<Visit> route = van.getVisits();
            RouteFit.TripLoads loads = RouteFit.TripLoads.of(route);
            if (!visit.isChilled() || van.isRefrigerated()) {
                mostKgLeft = Math.max(mostKgLeft, loads.mostKgLeft(van));
                mostLitresLeft = Math.max(mostLitresLeft, loads.mostLitresLeft(van));
            }
            Obstacle obstacle = bestPlace(van, loads, visit);
            if (obstacle == Obstacle.WEIGHT || obstacle == Obstacle.VOLUME) {
                // Full on every trip: a depot return could start a new one, if a reload is left and time allows.
                obstacle = unusedReload == null ? obstacle : bestNewTrip(van, unusedReload, visit, obstacle);
            }
            if (obstacle == null) {
                return postponed(visit, PostponementReason.SEARCH_ENDED_FIRST,
                        "starebbe nel furgone " + van.getId() + " con i giri attuali, ma la ricerca è finita prima"
                                + " di assegnarla");
            }
            if (furthest == null || obstacle.ordinal() > furthest.ordinal()) {
                furthest = obstacle;
            }
        }
        return switch (furthest) {
            // Only reachable without refrigerated vans, which is answered above; kept for exhaustiveness.
            case NOT_REFRIGERATED -> postponed(visit, PostponementReason.NO_REFRIGERATED_VAN, NO_REFRIGERATED_VAN);
            case WEIGHT -> postponed(visit, PostponementReason.NO_CAPACITY_LEFT_KG, "servono " + visit.getKg()
                    + " kg; a un furgone adatto restano al massimo " + mostKgLeft + " kg in un giro");
            case VOLUME -> postponed(visit, PostponementReason.NO_CAPACITY_LEFT_VOLUME, "servono " + visit.getLitres()
                    + " L; a un furgone adatto restano al massimo " + mostLitresLeft + " L in un giro");
            case WINDOW -> unreachableFromDepot(vans, visit)
                    ? postponed(visit, PostponementReason.WINDOW_UNREACHABLE, "nessun furgone arriva nell'orario di"
                            + " ricevimento (" + visit.getReceivingHours() + "), nemmeno partendo a inizio turno")
                    : postponed(visit, PostponementReason.WINDOW_CONFLICTS_WITH_ROUTES, "in ogni punto dei giri di oggi"
                            + " questa o una consegna successiva arriverebbe fuori dall'orario di ricevimento ("
                            + visit.getReceivingHours() + ")");
            case SHIFT_END -> postponed(visit, PostponementReason.SHIFT_TOO_SHORT,
                    "qualunque furgone la prendesse rientrerebbe in magazzino dopo la fine del turno");
        };
    }

    /** The least blocking obstacle over all positions of the route (load on the trip joined, then timing), null if some position works. */
    private static Obstacle bestPlace(Van van, RouteFit.TripLoads loads, Visit visit) {
        Obstacle best = null;
        for (int position = van.getPinnedCount(); position <= van.getVisits().size(); position++) {
            Obstacle obstacle = RouteFit.loadObstacle(van, loads, visit, position);
            if (obstacle == null) {
                obstacle = RouteFit.scheduleObstacle(van, van.getVisits(), visit, position);
                if (obstacle == null) {
                    return null;
                }
            }
            if (best == null || obstacle.ordinal() > best.ordinal()) {
                best = obstacle;
            }
        }
        return best;
    }

    /** The least blocking obstacle over every new trip (depot return, then the visit) the route could take; {@code best} if none is further. */
    private static Obstacle bestNewTrip(Van van, Visit reload, Visit visit, Obstacle best) {
        List<Visit> route = van.getVisits();
        for (int position = Math.max(1, van.getPinnedCount()); position <= route.size(); position++) {
            if (!RouteFit.canStartTripAt(route, position)) {
                continue;
            }
            Obstacle obstacle = RouteFit.loadObstacleOnNewTrip(van, route, visit, position);
            if (obstacle == null) {
                obstacle = RouteFit.scheduleObstacleOnNewTrip(van, route, reload, visit, position);
                if (obstacle == null) {
                    return null;
                }
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
                "rinviata: " + text);
    }
}
