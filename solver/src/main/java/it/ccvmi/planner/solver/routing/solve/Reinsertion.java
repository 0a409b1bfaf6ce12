package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Cheapest feasible insertion into routes held as plain lists, judged by {@link RouteFit} alone (no score director,
 * so thousands of positions cost microseconds): the recreate step of ruin-and-recreate and the construction of the
 * first plan. A visit goes where it adds the least to the soft score ({@link InsertionCost}) without breaking a load
 * or timing rule; failing that, onto a new trip behind an unused depot return; failing that, onto the postponed list.
 */
final class Reinsertion {

    /** With neighbour lists, the vans of this many nearest visits are tried first (see {@link #candidateVans}). */
    private static final int CANDIDATE_NEIGHBOURS = 40;

    private final Map<Van, List<Visit>> routes;
    private final VanOfVisit vanOf;
    private final Van postponed;
    private final Map<Visit, List<Visit>> nearest;
    private final double blinkRate;
    private final Random random;
    private final InsertionCost insertionCost;
    private final RouteMeasures measures;
    /** Every delivery of the plan by requester: finds the vans serving one without a pass over the plan. */
    private final Map<String, List<Visit>> deliveriesByRequester;
    /** The vans carrying goods for a requester (the convoy goal), found when first asked and kept up to date. */
    private final Map<String, Set<Van>> vansByRequester = new HashMap<>();
    /** Visits still to insert: {@code vanOf} may name the van a ruin took them from. */
    private final Set<Visit> waiting = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Soft points per kg or litre over a trip's capacity; 0 when capacity is a rule no insertion may break. */
    private final double overloadPenalty;

    /**
     * @param routes    every list (the postponed one included), changed in place
     * @param vanOf     the list each visit is on, kept up to date
     * @param nearest   neighbour lists to narrow the vans tried first; null to try every van
     * @param blinkRate share of positions skipped at random (SISR's blinks); 0 for a deterministic insertion
     * @param random    draws the blinks; unused when {@code blinkRate} is 0
     * @param measures  the routes' trip loads and schedules as they stand, kept up to date
     * @param deliveriesByRequester every delivery of the plan by requester ({@link #byRequester})
     * @param overloadPenalty soft points per kg or litre a trip carries over capacity ({@link OverloadPenalty}); 0
     *                        when no insertion may overload a trip
     */
    Reinsertion(Map<Van, List<Visit>> routes, VanOfVisit vanOf, Van postponed, Map<Visit, List<Visit>> nearest,
            double blinkRate, Random random, InsertionCost insertionCost, RouteMeasures measures,
            Map<String, List<Visit>> deliveriesByRequester, double overloadPenalty) {
        this.routes = routes;
        this.vanOf = vanOf;
        this.postponed = postponed;
        this.nearest = nearest;
        this.blinkRate = blinkRate;
        this.random = random;
        this.insertionCost = insertionCost;
        this.measures = measures;
        this.deliveriesByRequester = deliveriesByRequester;
        this.overloadPenalty = overloadPenalty;
    }

    /** The plan's deliveries by requester, for the convoy goal: built once per plan, not per reinsertion. */
    static Map<String, List<Visit>> byRequester(List<Visit> visits) {
        Map<String, List<Visit>> deliveries = new HashMap<>();
        for (Visit visit : visits) {
            if (!visit.isReload()) {
                deliveries.computeIfAbsent(visit.getRequesterId(), requester -> new ArrayList<>()).add(visit);
            }
        }
        return deliveries;
    }

    /** Inserts the visits in the given order, then sends depot returns that serve nothing (any more) back unused. */
    void insertAll(List<Visit> visits) {
        insertEach(visits);
        dropReloadsWithoutDeliveries();
    }

    /** Inserts the visits in the given order; a depot return it adds always has a delivery after it. */
    void insertEach(List<Visit> visits) {
        waiting.addAll(visits);
        for (Visit visit : visits) {
            insert(visit);
        }
    }

    private void insert(Visit visit) {
        Insertion best = new Insertion(postponed, routes.get(postponed).size(), Long.MAX_VALUE);
        boolean[] nearby = nearest == null ? null : candidateVans(visit);
        // While a chilled delivery waits, ambient goods go to a refrigerated van only if no other van can take them:
        // the refrigerated vans are the cold chain's only room, and their time and load is what the wait is for.
        boolean spareRefrigerated = !visit.isChilled() && isChilledDeliveryPostponed();
        Predicate<Van> triedFirst = van -> (nearby == null || nearby[van.getPlanIndex()]) && !(spareRefrigerated && van.isRefrigerated());
        Set<Van> requesterVans = insertionCost.countsConvoys() ? vansServing(visit.getRequesterId()) : Set.of();
        for (int pass = 0; pass < 2 && best.van() == postponed; pass++) {
            // Second pass: the vans tried first are full or out of time, try the rest of the fleet.
            for (Map.Entry<Van, List<Visit>> entry : routes.entrySet()) {
                Van van = entry.getKey();
                if (!van.isPostponedList() && triedFirst.test(van) == (pass == 0)) {
                    best = cheapest(visit, van, entry.getValue(), best, isExtraVan(van, requesterVans));
                }
            }
        }
        Visit reload = best.van() == postponed ? unusedReload() : null;
        if (reload != null && insertOnNewTrip(visit, reload, requesterVans)) {
            return;
        }
        routes.get(best.van()).add(best.position(), visit);
        measures.deliveryInserted(best.van(), best.position(), visit);
        placed(visit, best.van());
    }

    /** Brings the bookkeeping up to date with a delivery just added to the van's list (measures aside). */
    private void placed(Visit delivery, Van van) {
        waiting.remove(delivery);
        vanOf.put(delivery, van);
        if (!van.isPostponedList()) {
            Set<Van> requesterVans = vansByRequester.get(delivery.getRequesterId());
            if (requesterVans != null) {
                requesterVans.add(van);
            }
        }
    }

    /** The vans that carry goods for the requester as the routes stand. */
    private Set<Van> vansServing(String requesterId) {
        return vansByRequester.computeIfAbsent(requesterId, this::findVansServing);
    }

    private Set<Van> findVansServing(String requesterId) {
        Set<Van> vans = new HashSet<>();
        for (Visit delivery : deliveriesByRequester.getOrDefault(requesterId, List.of())) {
            Van van = vanOf.get(delivery);
            if (van != null && !van.isPostponedList() && !waiting.contains(delivery)) {
                vans.add(van);
            }
        }
        return vans;
    }

    /** Whether the van would be one more for a requester others already serve (the convoy goal). */
    private static boolean isExtraVan(Van van, Set<Van> requesterVans) {
        return !requesterVans.isEmpty() && !requesterVans.contains(van);
    }

    private boolean isChilledDeliveryPostponed() {
        for (Visit visit : routes.get(postponed)) {
            if (visit.isChilled() && !visit.isReload()) {
                return true;
            }
        }
        return false;
    }

    private Visit unusedReload() {
        for (Visit visit : routes.get(postponed)) {
            if (visit.isReload()) {
                return visit;
            }
        }
        return null;
    }

    /** Puts the visit on a new trip (a depot return, then the visit) in the van where that is cheapest; false if none fits. */
    private boolean insertOnNewTrip(Visit visit, Visit reload, Set<Van> requesterVans) {
        Van bestVan = null;
        int bestPosition = -1;
        long bestCost = Long.MAX_VALUE;
        for (Map.Entry<Van, List<Visit>> entry : routes.entrySet()) {
            Van van = entry.getKey();
            List<Visit> route = entry.getValue();
            if (van.isPostponedList() || van.isOutOfService() || (visit.isChilled() && !van.isRefrigerated())) {
                continue;
            }
            RouteFit.Schedule before = van.isTimed() ? measures.schedule(van, route) : null;
            boolean extraVan = isExtraVan(van, requesterVans);
            for (int position = Math.max(1, van.getPinnedCount()); position <= route.size(); position++) {
                if (!RouteFit.canStartTripAt(route, position)) {
                    continue;
                }
                long extraDriving = RouteFit.extraDrivingSecondsOnNewTrip(van, route, visit, position);
                long added = extraDriving + reload.getServiceSeconds() + visit.getServiceSeconds();
                if (leastCost(van, route, before, position, extraDriving, added, extraVan) >= bestCost
                        || RouteFit.loadObstacleOnNewTrip(van, route, visit, position) != null
                        || (before != null && before.rulesOutDelay(position, added))
                        || RouteFit.scheduleObstacleOnNewTrip(van, route, before, reload, visit, position) != null) {
                    continue;
                }
                long cost = exactCost(van, route, before, reload, visit, position, extraDriving, added, extraVan);
                if (cost < bestCost) {
                    bestVan = van;
                    bestPosition = position;
                    bestCost = cost;
                }
            }
        }
        if (bestVan == null) {
            return false;
        }
        routes.get(postponed).remove(reload);
        List<Visit> route = routes.get(bestVan);
        route.add(bestPosition, visit);
        route.add(bestPosition, reload);
        measures.forget(bestVan);
        placed(visit, bestVan);
        vanOf.put(reload, bestVan);
        return true;
    }

    /** A depot return at the start or end of a route, or right before another, serves nothing: it goes back unused. */
    private void dropReloadsWithoutDeliveries() {
        routes.forEach((van, route) -> {
            if (van.isPostponedList()) {
                return;
            }
            int useless = firstReloadWithoutDeliveries(route, van.getPinnedCount());
            while (useless >= 0) {
                Visit reload = route.remove(useless);
                routes.get(postponed).add(reload);
                vanOf.put(reload, postponed);
                measures.forget(van);
                useless = firstReloadWithoutDeliveries(route, van.getPinnedCount());
            }
        });
    }

    /** @param pinned re-planning: the route's first {@code pinned} stops stay as they are */
    private static int firstReloadWithoutDeliveries(List<Visit> route, int pinned) {
        for (int i = pinned; i < route.size(); i++) {
            if (route.get(i).isReload() && (i == 0 || i == route.size() - 1 || route.get(i + 1).isReload())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The cheaper of {@code best} and the cheapest feasible position of the visit in this van's route; with an
     * overload penalty, a position overloading its trip is feasible at that price.
     */
    private Insertion cheapest(Visit visit, Van van, List<Visit> route, Insertion best, boolean extraVan) {
        RouteFit.TripLoads loads = measures.tripLoads(van, route);
        boolean overloadAllowed = overloadPenalty > 0;
        if (van.isOutOfService() || (visit.isChilled() && !van.isRefrigerated())
                || (!overloadAllowed && !loads.fitsSomeTrip(van, visit))) {
            return best;
        }
        long[] overloadCosts = overloadAllowed ? overloadCosts(van, loads, visit) : null;
        if (overloadCosts != null && min(overloadCosts) >= best.cost()) {
            return best; // each of its positions costs more, however short the detour
        }
        RouteFit.Schedule before = van.isTimed() ? measures.schedule(van, route) : null;
        for (int position = van.getPinnedCount(); position <= route.size(); position++) {
            long extraDriving = RouteFit.extraDrivingSeconds(van, route, visit, position);
            long added = extraDriving + visit.getServiceSeconds();
            long overload = overloadAllowed ? overloadCosts[loads.tripAt(position)] : 0;
            if (leastCost(van, route, before, position, extraDriving, added, extraVan) + overload >= best.cost()
                    || (!overloadAllowed && RouteFit.loadObstacle(van, loads, visit, position) != null)
                    || (before != null && before.rulesOutDelay(position, added))
                    || RouteFit.scheduleObstacle(van, route, before, visit, position) != null) {
                continue;
            }
            long cost = exactCost(van, route, before, null, visit, position, extraDriving, added, extraVan) + overload;
            // The blink is drawn last, only for a position that would be taken: the same odds, far fewer draws.
            if (cost < best.cost() && !blinks()) {
                best = new Insertion(van, position, cost);
            }
        }
        return best;
    }

    /**
     * The least an insertion adding {@code added} seconds of driving and unloading at {@code position} can cost: its
     * driving and convoy cost, and the working day longer by what the waits for windows after it cannot absorb.
     */
    private long leastCost(Van van, List<Visit> route, RouteFit.Schedule before, int position, long extraDriving,
            long added, boolean extraVan) {
        if (!insertionCost.countsWork(van)) {
            return insertionCost.of(van, 0, extraDriving, added, extraVan); // no working day to price
        }
        return insertionCost.of(van, before.workSeconds(), extraDriving, before.leastReturnDelay(route, position, added),
                extraVan);
    }

    /**
     * The cost of a feasible insertion with the working day as long as it gets: the delay may also push a later stop
     * past a window's close into a wait for the next (a COC's lunch break). Asked only for positions whose
     * {@link #leastCost} would be taken, since most are not.
     */
    private long exactCost(Van van, List<Visit> route, RouteFit.Schedule before, Visit reload, Visit visit, int position,
            long extraDriving, long added, boolean extraVan) {
        if (!insertionCost.countsWork(van)) {
            return insertionCost.of(van, 0, extraDriving, added, extraVan); // no working day to price
        }
        return insertionCost.of(van, before.workSeconds(), extraDriving,
                before.returnDelay(van, route, reload, visit, position), extraVan);
    }

    /** What the visit's kg and litres over capacity cost in each trip of the van. */
    private long[] overloadCosts(Van van, RouteFit.TripLoads loads, Visit visit) {
        long[] costs = new long[loads.tripCount()];
        for (int trip = 0; trip < costs.length; trip++) {
            long addedOverload = added(loads.kg(trip), visit.getKg(), van.getCapacityKg())
                    + added(loads.litres(trip), visit.getLitres(), van.getCapacityLitres());
            costs[trip] = Math.round(overloadPenalty * addedOverload);
        }
        return costs;
    }

    /** How much more a load is over its capacity once {@code extra} joins it. */
    private static long added(long load, long extra, long capacity) {
        return Math.max(0, load + extra - capacity) - Math.max(0, load - capacity);
    }

    private static long min(long[] values) {
        long min = Long.MAX_VALUE;
        for (long value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    /** SISR's blink: whether to skip a position at random. */
    private boolean blinks() {
        return blinkRate > 0 && random.nextDouble() < blinkRate;
    }

    private record Insertion(Van van, int position, long cost) {
    }

    /**
     * The vans worth trying for a visit, flagged by plan index: those serving its nearest visits, plus the empty ones.
     * Scanning every route would cost a full pass over the plan per reinserted visit, which dominates on 500+ visits.
     */
    private boolean[] candidateVans(Visit visit) {
        boolean[] candidates = new boolean[routes.size()];
        List<Visit> neighbours = nearest.get(visit);
        for (int i = 0; i < Math.min(CANDIDATE_NEIGHBOURS, neighbours.size()); i++) {
            Van van = vanOf.get(neighbours.get(i));
            if (van != null && !van.isPostponedList()) {
                candidates[van.getPlanIndex()] = true;
            }
        }
        routes.forEach((van, route) -> {
            if (route.isEmpty() && !van.isPostponedList() && !van.isOutOfService()) {
                candidates[van.getPlanIndex()] = true;
            }
        });
        return candidates;
    }
}
