package it.ccvmi.planner.solver.routing.solve;

import java.util.List;

import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.RouteWalk;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Whether a visit fits into a van's route at a given position, judged from the route's order alone (no
 * shadow variables), so it can run on routes under construction. Used by ruin-and-recreate to reinsert
 * visits and by the explanations to say why a postponed visit fits nowhere.
 */
public final class RouteFit {

    /** What stops a visit from joining a route, in the order they are checked. */
    public enum Obstacle {
        NOT_REFRIGERATED,
        WEIGHT,
        VOLUME,
        /** The visit itself, or a later visit pushed back by it, would arrive after its last window. */
        WINDOW,
        /** The van would be back at the depot after its shift end. */
        SHIFT_END
    }

    private RouteFit() {
    }

    /** The first load rule the visit breaks in this van, or null; {@code kg} and {@code litres} are the route's load. */
    public static Obstacle loadObstacle(Van van, long kg, long litres, Visit visit) {
        if (visit.isChilled() && !van.isRefrigerated()) {
            return Obstacle.NOT_REFRIGERATED;
        }
        if (kg + visit.getKg() > van.getCapacityKg()) {
            return Obstacle.WEIGHT;
        }
        if (litres + visit.getLitres() > van.getCapacityLitres()) {
            return Obstacle.VOLUME;
        }
        return null;
    }

    /**
     * The timing rule that inserting the visit at {@code position} breaks, or null. Only a worsening counts:
     * lateness already in the route (mid-search) does not block an insertion that adds none.
     */
    public static Obstacle scheduleObstacle(Van van, List<Visit> route, Visit visit, int position) {
        return scheduleObstacle(van, route, timing(van, route, null, -1), visit, position);
    }

    /** As above, with the route's current timing computed once by the caller for all positions. */
    static Obstacle scheduleObstacle(Van van, List<Visit> route, Timing before, Visit visit, int position) {
        if (!van.isTimed()) {
            return null;
        }
        Timing after = timing(van, route, visit, position);
        if (after.latenessSeconds > before.latenessSeconds) {
            return Obstacle.WINDOW;
        }
        if (after.overrunSeconds > before.overrunSeconds) {
            return Obstacle.SHIFT_END;
        }
        return null;
    }

    /** Driving seconds added by inserting the visit at {@code position}. */
    public static long extraDrivingSeconds(Van van, List<Visit> route, Visit visit, int position) {
        Location previous = position == 0 ? van.getDepot() : route.get(position - 1).getLocation();
        Location next = position == route.size() ? van.getDepot() : route.get(position).getLocation();
        Location here = visit.getLocation();
        return previous.secondsTo(here) + here.secondsTo(next) - previous.secondsTo(next);
    }

    /** Lateness and shift overrun of the route, with {@code extra} inserted at {@code position} if not null. */
    static Timing timing(Van van, List<Visit> route, Visit extra, int position) {
        int stops = route.size() + (extra == null ? 0 : 1);
        RouteWalk walk = RouteWalk.fromDepot(van);
        long lateness = 0;
        for (int i = 0, r = 0; i < stops; i++) {
            Visit visit = extra != null && i == position ? extra : route.get(r++);
            lateness += visit.getReceivingHours().lateness(walk.stopAt(visit));
        }
        return new Timing(lateness, Math.max(0, walk.backAtDepotSecond() - van.getShiftEndSecond()));
    }

    record Timing(long latenessSeconds, long overrunSeconds) {
    }
}
