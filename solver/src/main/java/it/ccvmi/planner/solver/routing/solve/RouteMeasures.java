package it.ccvmi.planner.solver.routing.solve;

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

    // By the van's plan index: read for every van at every reinsertion, copied for every candidate.
    private final RouteFit.TripLoads[] tripLoads;
    private final RouteFit.Schedule[] schedules;
    /** The score terms of each route, for the one {@link PlainListScorer} (one set of weights) that asks for them. */
    private final PlainListScorer.RouteTerms[] routeTerms;

    /** @param vanCount the plan's vans, the postponed list included */
    RouteMeasures(int vanCount) {
        this(new RouteFit.TripLoads[vanCount], new RouteFit.Schedule[vanCount], new PlainListScorer.RouteTerms[vanCount]);
    }

    private RouteMeasures(RouteFit.TripLoads[] tripLoads, RouteFit.Schedule[] schedules,
            PlainListScorer.RouteTerms[] routeTerms) {
        this.tripLoads = tripLoads;
        this.schedules = schedules;
        this.routeTerms = routeTerms;
    }

    /** A copy for a candidate plan: the measures themselves are never changed, so they are shared. */
    RouteMeasures copy() {
        return new RouteMeasures(tripLoads.clone(), schedules.clone(), routeTerms.clone());
    }

    RouteFit.TripLoads tripLoads(Van van, List<Visit> route) {
        RouteFit.TripLoads loads = tripLoads[van.getPlanIndex()];
        if (loads == null) {
            loads = RouteFit.TripLoads.of(route);
            tripLoads[van.getPlanIndex()] = loads;
        }
        return loads;
    }

    RouteFit.Schedule schedule(Van van, List<Visit> route) {
        RouteFit.Schedule schedule = schedules[van.getPlanIndex()];
        if (schedule == null) {
            schedule = RouteFit.Schedule.of(van, route);
            schedules[van.getPlanIndex()] = schedule;
        }
        return schedule;
    }

    PlainListScorer.RouteTerms routeTerms(Van van, List<Visit> route, PlainListScorer scorer) {
        PlainListScorer.RouteTerms terms = routeTerms[van.getPlanIndex()];
        if (terms == null) {
            terms = scorer.routeTerms(van, route);
            routeTerms[van.getPlanIndex()] = terms;
        }
        return terms;
    }

    /**
     * A delivery was inserted at {@code position} of the van's route: its loads follow, its schedule and score terms
     * are out of date.
     */
    void deliveryInserted(Van van, int position, Visit delivery) {
        int index = van.getPlanIndex();
        schedules[index] = null;
        routeTerms[index] = null;
        if (tripLoads[index] != null) {
            tripLoads[index] = tripLoads[index].withDeliveryAt(position, delivery);
        }
    }

    /** The van's route has changed: its measures are out of date. */
    void forget(Van van) {
        int index = van.getPlanIndex();
        tripLoads[index] = null;
        schedules[index] = null;
        routeTerms[index] = null;
    }
}
