package it.ccvmi.planner.solver.routing.solve;

import java.util.IdentityHashMap;
import java.util.List;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Each route's trip loads and schedule, computed when first needed and valid while the route stays as it is: whoever
 * changes a route {@link #forget}s its van. The search on plain lists carries them from the current plan to its next
 * candidate, so only the routes a ruin or a recreate touched are measured again (the others are most of a plan).
 */
final class RouteMeasures {

    private final IdentityHashMap<Van, RouteFit.TripLoads> tripLoads;
    private final IdentityHashMap<Van, RouteFit.Schedule> schedules;

    RouteMeasures() {
        this(new IdentityHashMap<>(), new IdentityHashMap<>());
    }

    private RouteMeasures(IdentityHashMap<Van, RouteFit.TripLoads> tripLoads,
            IdentityHashMap<Van, RouteFit.Schedule> schedules) {
        this.tripLoads = tripLoads;
        this.schedules = schedules;
    }

    /** A copy for a candidate plan: the measures themselves are never changed, so they are shared. */
    @SuppressWarnings("unchecked")
    RouteMeasures copy() {
        return new RouteMeasures((IdentityHashMap<Van, RouteFit.TripLoads>) tripLoads.clone(),
                (IdentityHashMap<Van, RouteFit.Schedule>) schedules.clone());
    }

    RouteFit.TripLoads tripLoads(Van van, List<Visit> route) {
        RouteFit.TripLoads loads = tripLoads.get(van);
        if (loads == null) {
            loads = RouteFit.TripLoads.of(route);
            tripLoads.put(van, loads);
        }
        return loads;
    }

    RouteFit.Schedule schedule(Van van, List<Visit> route) {
        RouteFit.Schedule schedule = schedules.get(van);
        if (schedule == null) {
            schedule = RouteFit.Schedule.of(van, route);
            schedules.put(van, schedule);
        }
        return schedule;
    }

    /** A delivery was inserted at {@code position} of the van's route: its loads follow, its schedule is out of date. */
    void deliveryInserted(Van van, int position, Visit delivery) {
        schedules.remove(van);
        RouteFit.TripLoads loads = tripLoads.get(van);
        if (loads != null) {
            tripLoads.put(van, loads.withDeliveryAt(position, delivery));
        }
    }

    /** The van's route has changed: its measures are out of date. */
    void forget(Van van) {
        tripLoads.remove(van);
        schedules.remove(van);
    }
}
