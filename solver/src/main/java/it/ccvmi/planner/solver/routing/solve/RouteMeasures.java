package it.ccvmi.planner.solver.routing.solve;

import java.util.IdentityHashMap;
import java.util.List;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Each route's trip loads, schedule and score terms, computed when first needed and valid while the route stays as it
 * is: whoever changes a route {@link #forget}s its van. The search on plain lists carries them from the current plan
 * to its next candidate, so only the routes a ruin or a recreate touched are measured and scored again (the others are
 * most of a plan).
 */
final class RouteMeasures {

    private final IdentityHashMap<Van, RouteFit.TripLoads> tripLoads;
    private final IdentityHashMap<Van, RouteFit.Schedule> schedules;
    /** The score terms of each route, for the one {@link PlainListScorer} (one set of weights) that asks for them. */
    private final IdentityHashMap<Van, PlainListScorer.RouteTerms> routeTerms;

    RouteMeasures() {
        this(new IdentityHashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>());
    }

    private RouteMeasures(IdentityHashMap<Van, RouteFit.TripLoads> tripLoads,
            IdentityHashMap<Van, RouteFit.Schedule> schedules, IdentityHashMap<Van, PlainListScorer.RouteTerms> routeTerms) {
        this.tripLoads = tripLoads;
        this.schedules = schedules;
        this.routeTerms = routeTerms;
    }

    /** A copy for a candidate plan: the measures themselves are never changed, so they are shared. */
    @SuppressWarnings("unchecked")
    RouteMeasures copy() {
        return new RouteMeasures((IdentityHashMap<Van, RouteFit.TripLoads>) tripLoads.clone(),
                (IdentityHashMap<Van, RouteFit.Schedule>) schedules.clone(),
                (IdentityHashMap<Van, PlainListScorer.RouteTerms>) routeTerms.clone());
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

    PlainListScorer.RouteTerms routeTerms(Van van, List<Visit> route, PlainListScorer scorer) {
        PlainListScorer.RouteTerms terms = routeTerms.get(van);
        if (terms == null) {
            terms = scorer.routeTerms(van, route);
            routeTerms.put(van, terms);
        }
        return terms;
    }

    /**
     * A delivery was inserted at {@code position} of the van's route: its loads follow, its schedule and score terms
     * are out of date.
     */
    void deliveryInserted(Van van, int position, Visit delivery) {
        schedules.remove(van);
        routeTerms.remove(van);
        RouteFit.TripLoads loads = tripLoads.get(van);
        if (loads != null) {
            tripLoads.put(van, loads.withDeliveryAt(position, delivery));
        }
    }

    /** The van's route has changed: its measures are out of date. */
    void forget(Van van) {
        tripLoads.remove(van);
        schedules.remove(van);
        routeTerms.remove(van);
    }
}
