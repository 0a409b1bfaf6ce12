package it.ccvmi.planner.solver.routing.model;

/**
 * The one timing walk along a van's route: drive to the next stop, wait for its receiving window if early,
 * unload, leave. The arrival-time listener, the insertion check and the crew's route summary all step
 * through a route with it, so they cannot disagree on when a van is where. (The feasibility checker keeps
 * its own deliberate copy so that a bug here cannot hide behind itself.)
 */
public final class RouteWalk {

    private final Van van;
    private Location here;
    private long clockSecond;
    private long drivingMetres;

    private RouteWalk(Van van, Location here, long clockSecond) {
        this.van = van;
        this.here = here;
        this.clockSecond = clockSecond;
    }

    /** A walk that leaves the van's depot at its shift start. */
    public static RouteWalk fromDepot(Van van) {
        return new RouteWalk(van, van.getDepot(), van.getShiftStartSecond());
    }

    /** A walk that goes on from a stop of a route held as a plain list, leaving it at the given second. */
    public static RouteWalk leaving(Van van, Visit stop, long departureSecond) {
        return new RouteWalk(van, stop.getLocation(), departureSecond);
    }

    /** A walk that goes on from a timed stop, leaving when that stop is unloaded. */
    public static RouteWalk after(Visit previous) {
        return new RouteWalk(previous.getVan(), previous.getLocation(), previous.getDepartureSecond());
    }

    /** Drives to the visit and unloads it there; returns the arrival second (before any wait for a window). */
    public long stopAt(Visit visit) {
        long arrival = clockSecond + here.secondsTo(visit.getLocation());
        drivingMetres += here.metresTo(visit.getLocation());
        clockSecond = visit.getReceivingHours().serviceStart(arrival) + visit.getServiceSeconds();
        here = visit.getLocation();
        return arrival;
    }

    /** When the van leaves the stop it last unloaded at (its shift start if none yet). */
    public long departureSecond() {
        return clockSecond;
    }

    /** When the van is back at its depot if it drives home from where the walk is now. */
    public long backAtDepotSecond() {
        return clockSecond + here.secondsTo(van.getDepot());
    }

    /** Metres driven so far plus the drive home to the depot. */
    public long drivingMetresBackToDepot() {
        return drivingMetres + here.metresTo(van.getDepot());
    }
}
