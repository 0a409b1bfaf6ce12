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

    /**
     * The first load rule the visit breaks when inserted at {@code position}: the van is not refrigerated, or the
     * trip it joins (the stops between two depot returns) would carry too much. Null when it fits.
     */
    public static Obstacle loadObstacle(Van van, TripLoads loads, Visit visit, int position) {
        if (visit.isChilled() && !van.isRefrigerated()) {
            return Obstacle.NOT_REFRIGERATED;
        }
        int trip = loads.tripAt(position);
        if (loads.kg(trip) + visit.getKg() > van.getCapacityKg()) {
            return Obstacle.WEIGHT;
        }
        if (loads.litres(trip) + visit.getLitres() > van.getCapacityLitres()) {
            return Obstacle.VOLUME;
        }
        return null;
    }

    /**
     * Whether a new trip for the visit can start at {@code position}: a depot return is inserted there and the
     * visit right after it. Not at the route's start (the van is loaded there anyway) nor right after another
     * depot return.
     */
    public static boolean canStartTripAt(List<Visit> route, int position) {
        return position > 0 && !route.get(position - 1).isReload();
    }

    /**
     * The load rule the visit breaks on a new trip starting at {@code position} (see {@link #canStartTripAt}):
     * the new trip carries the visit and the rest of the trip it splits.
     */
    public static Obstacle loadObstacleOnNewTrip(Van van, List<Visit> route, Visit visit, int position) {
        if (visit.isChilled() && !van.isRefrigerated()) {
            return Obstacle.NOT_REFRIGERATED;
        }
        long kg = visit.getKg();
        long litres = visit.getLitres();
        for (int i = position; i < route.size() && !route.get(i).isReload(); i++) {
            kg += route.get(i).getKg();
            litres += route.get(i).getLitres();
        }
        if (kg > van.getCapacityKg()) {
            return Obstacle.WEIGHT;
        }
        return litres > van.getCapacityLitres() ? Obstacle.VOLUME : null;
    }

    /** Driving seconds added by a depot return at {@code position} followed by the visit. */
    public static long extraDrivingSecondsOnNewTrip(Van van, List<Visit> route, Visit visit, int position) {
        Location previous = route.get(position - 1).getLocation();
        Location next = position == route.size() ? van.getDepot() : route.get(position).getLocation();
        Location here = visit.getLocation();
        return previous.secondsTo(van.getDepot()) + van.getDepot().secondsTo(here) + here.secondsTo(next)
                - previous.secondsTo(next);
    }

    /**
     * The timing rule that inserting the visit at {@code position} breaks, or null. Only a worsening counts:
     * lateness already in the route (mid-search) does not block an insertion that adds none.
     */
    public static Obstacle scheduleObstacle(Van van, List<Visit> route, Visit visit, int position) {
        return scheduleObstacle(van, route, Schedule.of(van, route), visit, position);
    }

    /**
     * As above, from the route's {@link Schedule} computed once by the caller for all positions: the walk starts at
     * the stop before the insertion and stops as soon as a later stop is left at the same second as before (the
     * delay is absorbed by a wait for a window, so the rest of the route is as it was).
     */
    static Obstacle scheduleObstacle(Van van, List<Visit> route, Schedule before, Visit visit, int position) {
        return scheduleObstacle(van, route, before, null, visit, position);
    }

    /** The timing rule that a new trip at {@code position} (a depot return, then the visit) breaks, or null. */
    public static Obstacle scheduleObstacleOnNewTrip(Van van, List<Visit> route, Visit reload, Visit visit, int position) {
        return scheduleObstacle(van, route, Schedule.of(van, route), reload, visit, position);
    }

    /** As above, from the route's {@link Schedule} computed once by the caller for all positions. */
    static Obstacle scheduleObstacleOnNewTrip(Van van, List<Visit> route, Schedule before, Visit reload, Visit visit, int position) {
        return scheduleObstacle(van, route, before, reload, visit, position);
    }

    /**
     * The timing rule that inserting the visit at {@code position}, behind a depot return unless {@code reload} is
     * null, breaks, or null (see above). Two parameters rather than a list: this is the recreate's innermost call.
     */
    private static Obstacle scheduleObstacle(Van van, List<Visit> route, Schedule before, Visit reload, Visit visit, int position) {
        if (!van.isTimed()) {
            return null;
        }
        RouteWalk walk = position == 0 ? RouteWalk.fromDepot(van)
                : RouteWalk.leaving(van, route.get(position - 1), before.departureSeconds[position - 1]);
        long lateness = before.latenessBefore[position];
        if (reload != null) {
            lateness += reload.getReceivingHours().lateness(walk.stopAt(reload));
        }
        lateness += visit.getReceivingHours().lateness(walk.stopAt(visit));
        if (before.latestArrival != null) {
            return lateness > 0 ? Obstacle.WINDOW : obstacleAfterInsertion(van, route, before, walk, position);
        }
        // The route already breaks a timing rule (mid-search, or a re-plan's late pinned stops): walk on.
        for (int i = position; i < route.size(); i++) {
            Visit stop = route.get(i);
            lateness += stop.getReceivingHours().lateness(walk.stopAt(stop));
            if (walk.departureSecond() == before.departureSeconds[i]) {
                long latenessAfter = before.latenessBefore[route.size()] - before.latenessBefore[i + 1];
                return worsening(before.timing, new Timing(lateness + latenessAfter, before.timing.overrunSeconds));
            }
        }
        return worsening(before.timing, new Timing(lateness, Math.max(0, walk.backAtDepotSecond() - van.getShiftEndSecond())));
    }

    /** For a route breaking no timing rule, from the walk having just left the inserted stops: the stop after them decides. */
    private static Obstacle obstacleAfterInsertion(Van van, List<Visit> route, Schedule before, RouteWalk walk, int position) {
        if (position == route.size()) {
            return walk.backAtDepotSecond() > van.getShiftEndSecond() ? Obstacle.SHIFT_END : null;
        }
        long arrival = walk.stopAt(route.get(position));
        if (arrival > before.latestArrivalInWindows[position]) {
            return Obstacle.WINDOW;
        }
        return arrival > before.latestArrival[position] ? Obstacle.SHIFT_END : null;
    }

    private static Obstacle worsening(Timing before, Timing after) {
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

    /** Lateness and shift overrun of a route. */
    record Timing(long latenessSeconds, long overrunSeconds) {
    }

    /** When the van leaves each stop of a route and the lateness before each, for judging many insertions into it. */
    static final class Schedule {

        private final long[] departureSeconds;
        /** Lateness summed over the stops before index i; the last entry is the route's. */
        private final long[] latenessBefore;
        private final Timing timing;
        private final long workSeconds;
        /**
         * For a route breaking no timing rule: the latest arrival at stop i after which no stop from i on is late,
         * and the latest after which, in addition, the van is back by its shift end. An insertion is then checked
         * at the stop after it, without walking the rest of the route (Savelsbergh's forward slack).
         */
        private final long[] latestArrivalInWindows;
        private final long[] latestArrival;
        /**
         * For a route breaking no timing rule: how much later than now the van may reach stop i (the depot at
         * index size) with every rule kept. An insertion delays that arrival by at least its added driving and
         * unloading, so a larger delay rules the position out with one comparison (most positions of a full route).
         */
        private final long[] slackSeconds;
        /** When the van reaches each stop (before any wait), and the depot at index size. */
        private final long[] arrivalSeconds;
        /**
         * How the route's waits for windows soak up a delay: what prices an insertion's longer working day. Worked out
         * when first asked: only plans with a crew-balance goal ask (not Solomon's).
         */
        private Waits waits;

        private Schedule(long[] arrivalSeconds, long[] departureSeconds, long[] latenessBefore, Timing timing,
                long workSeconds, long[] latestArrivalInWindows, long[] latestArrival, long[] slackSeconds) {
            this.arrivalSeconds = arrivalSeconds;
            this.departureSeconds = departureSeconds;
            this.latenessBefore = latenessBefore;
            this.timing = timing;
            this.workSeconds = workSeconds;
            this.latestArrivalInWindows = latestArrivalInWindows;
            this.latestArrival = latestArrival;
            this.slackSeconds = slackSeconds;
        }

        static Schedule of(Van van, List<Visit> route) {
            long[] departures = new long[route.size()];
            long[] arrivals = new long[route.size() + 1];
            long[] latenessBefore = new long[route.size() + 1];
            RouteWalk walk = RouteWalk.fromDepot(van);
            for (int i = 0; i < route.size(); i++) {
                Visit visit = route.get(i);
                arrivals[i] = walk.stopAt(visit);
                latenessBefore[i + 1] = latenessBefore[i] + visit.getReceivingHours().lateness(arrivals[i]);
                departures[i] = walk.departureSecond();
            }
            arrivals[route.size()] = walk.backAtDepotSecond();
            long overrun = Math.max(0, walk.backAtDepotSecond() - van.getShiftEndSecond());
            Timing timing = new Timing(latenessBefore[route.size()], overrun);
            long workSeconds = walk.backAtDepotSecond() - van.getShiftStartSecond();
            if (timing.latenessSeconds != 0 || timing.overrunSeconds != 0) {
                return new Schedule(arrivals, departures, latenessBefore, timing, workSeconds, null, null, null);
            }
            long[] latestArrival = latestArrivals(van, route, van.getShiftEndSecond());
            long[] slack = new long[route.size() + 1];
            for (int i = 0; i < route.size(); i++) {
                slack[i] = latestArrival[i] - arrivals[i];
            }
            slack[route.size()] = van.getShiftEndSecond() - arrivals[route.size()];
            return new Schedule(arrivals, departures, latenessBefore, timing, workSeconds,
                    latestArrivals(van, route, Van.NO_SHIFT_END), latestArrival, slack);
        }

        /**
         * The least the van's return can be delayed by a stop inserted at {@code position} that adds this much driving
         * and unloading: the waits from there on may absorb it, and the delay may also create new waits. (A road
         * matrix may add less than nothing: a detour through the stop can be quicker than the direct road.)
         */
        long leastReturnDelay(List<Visit> route, int position, long addedSeconds) {
            return addedSeconds <= 0 ? addedSeconds : Math.max(0, addedSeconds - waits(route).waitFrom[position]);
        }

        /**
         * How much later the van is back at its depot with the visit inserted at {@code position}, behind a depot
         * return unless {@code reload} is null. Mostly in constant time (see {@link Waits}); otherwise by a walk that
         * stops where a later stop is left at the same second as before (a wait absorbed the delay).
         */
        long returnDelay(Van van, List<Visit> route, Visit reload, Visit visit, int position) {
            RouteWalk walk = position == 0 ? RouteWalk.fromDepot(van)
                    : RouteWalk.leaving(van, route.get(position - 1), departureSeconds[position - 1]);
            if (reload != null) {
                walk.stopAt(reload);
            }
            walk.stopAt(visit);
            Location next = position == route.size() ? van.getDepot() : route.get(position).getLocation();
            long arrivalDelay = walk.departureSecond() + visit.getLocation().secondsTo(next) - arrivalSeconds[position];
            Waits routeWaits = waits(route);
            if (arrivalDelay >= 0 && arrivalDelay <= routeWaits.steadyDelayMax[position]) {
                return Math.max(0, arrivalDelay - routeWaits.waitFrom[position]);
            }
            for (int i = position; i < route.size(); i++) {
                walk.stopAt(route.get(i));
                if (walk.departureSecond() == departureSeconds[i]) {
                    return 0;
                }
            }
            return walk.backAtDepotSecond() - van.getShiftStartSecond() - workSeconds;
        }

        /**
         * Whether delaying the arrival at the stop now at {@code position} (the depot at the route's end) by
         * {@code delaySeconds} certainly breaks a timing rule that the route keeps. False when unsure: the route
         * already breaks a rule, or the delay fits (the full check, {@link RouteFit#scheduleObstacle}, then decides).
         */
        boolean rulesOutDelay(int position, long delaySeconds) {
            return slackSeconds != null && delaySeconds > slackSeconds[position];
        }

        /**
         * How the waits for windows from each stop on soak up a delay: Σ waits, and the largest delay of the arrival
         * at stop i (the depot at index size) under which no later stop is pushed past its window's close into a wait
         * for the next opening. Under that, a delay d of the arrival at stop i delays the return by max(0, d − Σ
         * waits from i on): what the recreate needs to price an insertion's longer working day without a walk.
         */
        private record Waits(long[] waitFrom, long[] steadyDelayMax) {

            static Waits of(List<Visit> route, long[] arrivals, long[] departures) {
                int size = route.size();
                long[] waitFrom = new long[size + 1];
                long[] steadyDelayMax = new long[size + 1];
                steadyDelayMax[size] = Long.MAX_VALUE;
                for (int i = size - 1; i >= 0; i--) {
                    Visit visit = route.get(i);
                    long wait = departures[i] - visit.getServiceSeconds() - arrivals[i];
                    waitFrom[i] = waitFrom[i + 1] + wait;
                    long later = steadyDelayMax[i + 1] == Long.MAX_VALUE ? Long.MAX_VALUE : wait + steadyDelayMax[i + 1];
                    steadyDelayMax[i] = Math.min(visit.getReceivingHours().delayKeepingWindow(arrivals[i]), later);
                }
                return new Waits(waitFrom, steadyDelayMax);
            }
        }

        /** The route's {@link Waits}; {@code route} is the one this schedule was worked out for. */
        private Waits waits(List<Visit> route) {
            if (waits == null) {
                waits = Waits.of(route, arrivalSeconds, departureSeconds);
            }
            return waits;
        }

        /** Backwards from the depot: the latest arrival at each stop from which every later stop is reached in time. */
        private static long[] latestArrivals(Van van, List<Visit> route, long backBySecond) {
            long[] latest = new long[route.size()];
            long leaveBy = backBySecond;
            Location next = van.getDepot();
            for (int i = route.size() - 1; i >= 0; i--) {
                Visit visit = route.get(i);
                latest[i] = visit.getReceivingHours().latestArrivalToLeaveBy(leaveBy - visit.getLocation().secondsTo(next),
                        visit.getServiceSeconds());
                leaveBy = latest[i];
                next = visit.getLocation();
            }
            return latest;
        }

        Timing timing() {
            return timing;
        }

        /** The crew's working day: from the shift start until the van is back at the depot. */
        long workSeconds() {
            return workSeconds;
        }
    }

    /** The kg and litres of each trip of a route, and the trip an insertion position joins. */
    public static final class TripLoads {

        private final int[] tripAtPosition;
        private final long[] kg;
        private final long[] litres;

        private TripLoads(int[] tripAtPosition, long[] kg, long[] litres) {
            this.tripAtPosition = tripAtPosition;
            this.kg = kg;
            this.litres = litres;
        }

        public static TripLoads of(List<Visit> route) {
            int trips = 1;
            for (Visit visit : route) { // a loop, not a stream: this runs for every van at every reinsertion
                trips += visit.isReload() ? 1 : 0;
            }
            int[] tripAt = new int[route.size() + 1];
            long[] kg = new long[trips];
            long[] litres = new long[trips];
            int trip = 0;
            for (int i = 0; i < route.size(); i++) {
                tripAt[i] = trip; // the depot returns before stop i
                Visit visit = route.get(i);
                kg[trip] += visit.getKg();
                litres[trip] += visit.getLitres();
                if (visit.isReload()) {
                    trip++;
                }
            }
            tripAt[route.size()] = trip;
            return new TripLoads(tripAt, kg, litres);
        }

        /**
         * The loads once a delivery (not a depot return) is inserted at {@code position}: its trip carries it, the
         * later positions shift by one. Two array copies instead of a walk over the route.
         */
        TripLoads withDeliveryAt(int position, Visit delivery) {
            int[] tripAt = new int[tripAtPosition.length + 1];
            System.arraycopy(tripAtPosition, 0, tripAt, 0, position + 1);
            System.arraycopy(tripAtPosition, position, tripAt, position + 1, tripAtPosition.length - position);
            long[] newKg = kg.clone();
            long[] newLitres = litres.clone();
            int trip = tripAtPosition[position];
            newKg[trip] += delivery.getKg();
            newLitres[trip] += delivery.getLitres();
            return new TripLoads(tripAt, newKg, newLitres);
        }

        /** The trip a visit inserted at {@code position} (before the stop now there) joins. */
        public int tripAt(int position) {
            return tripAtPosition[position];
        }

        public int tripCount() {
            return kg.length;
        }

        public long kg(int trip) {
            return kg[trip];
        }

        public long litres(int trip) {
            return litres[trip];
        }

        /** The most kg any trip of the route has left in this van. */
        public long mostKgLeft(Van van) {
            long most = 0;
            for (long load : kg) {
                most = Math.max(most, van.getCapacityKg() - load);
            }
            return most;
        }

        public long mostLitresLeft(Van van) {
            long most = 0;
            for (long load : litres) {
                most = Math.max(most, van.getCapacityLitres() - load);
            }
            return most;
        }

        /** Whether the visit's kg and litres fit in some trip (any position of that trip then passes the load check). */
        public boolean fitsSomeTrip(Van van, Visit visit) {
            for (int trip = 0; trip < kg.length; trip++) {
                if (kg[trip] + visit.getKg() <= van.getCapacityKg() && litres[trip] + visit.getLitres() <= van.getCapacityLitres()) {
                    return true;
                }
            }
            return false;
        }
    }
}
