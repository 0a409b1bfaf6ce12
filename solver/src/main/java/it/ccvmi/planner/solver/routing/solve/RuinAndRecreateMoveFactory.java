package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ruin and recreate with string removal (after Christiaens &amp; Vanden Berghe's SISR): remove short
 * strings of consecutive visits from the routes around a random visit, then reinsert each removed visit
 * at its cheapest feasible position (a visit that fits nowhere goes to the postponed list). One such move
 * changes several routes at once, which lets the annealing escape the local optima that single-visit
 * moves cannot leave.
 *
 * <p>Depot returns (reload stops, see {@code MultiTrip}) are never ruined: a visit that fits no trip as the routes
 * stand may start a new trip with an unused reload, and a reload left with no delivery after it goes back unused.
 */
public class RuinAndRecreateMoveFactory implements MoveIteratorFactory<RoutingPlan, RouteRewriteMove> {

    /** Visits removed per move: between MIN and min(MAX, a quarter of the visits). */
    private static final int MIN_RUINED = 3;
    private static final int MAX_RUINED = 30;
    private static final int MAX_STRING_LENGTH = 10;
    /** SISR "blinks": skipping a few insertion positions at random diversifies the recreate. */
    private static final double BLINK_RATE = 0.01;
    /**
     * Up to this many visits reinsertion tries every van (measured best on the X set up to 200 customers);
     * beyond, it tries the vans of the {@link #CANDIDATE_NEIGHBOURS} nearest visits first, since a pass
     * over the whole plan per reinserted visit dominates the run time on 500+ visits.
     */
    private static final int FULL_SCAN_MAX_VISITS = 300;
    private static final int CANDIDATE_NEIGHBOURS = 40;

    private Map<Visit, List<Visit>> nearest = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<RoutingPlan> scoreDirector) {
        List<Visit> visits = scoreDirector.getWorkingSolution().getVisits();
        nearest = new IdentityHashMap<>();
        for (Visit visit : visits) {
            List<Visit> others = new ArrayList<>(visits);
            others.sort(Comparator.comparingLong(other -> visit.getLocation().secondsTo(other.getLocation())));
            nearest.put(visit, others);
        }
    }

    @Override
    public void phaseEnded(ScoreDirector<RoutingPlan> scoreDirector) {
        nearest = Map.of();
    }

    @Override
    public long getSize(ScoreDirector<RoutingPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVisits().size();
    }

    @Override
    public Iterator<RouteRewriteMove> createOriginalMoveIterator(ScoreDirector<RoutingPlan> scoreDirector) {
        throw new UnsupportedOperationException("Ruin and recreate only makes random moves");
    }

    @Override
    public Iterator<RouteRewriteMove> createRandomMoveIterator(ScoreDirector<RoutingPlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return scoreDirector.getWorkingSolution().getVisits().size() > 1;
            }

            @Override
            public RouteRewriteMove next() {
                return propose(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    private RouteRewriteMove propose(RoutingPlan plan, Random random) {
        Map<Visit, List<Visit>> nearestOfWorking = lookUpNearest(plan);
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        Map<Visit, Van> vanOf = new HashMap<>();
        for (Van van : plan.getVans()) {
            routes.put(van, new ArrayList<>(van.getVisits()));
            van.getVisits().forEach(visit -> vanOf.put(visit, van));
        }
        List<Visit> visits = plan.getVisits();
        int ruinCount = MIN_RUINED + random.nextInt(Math.max(1, Math.min(MAX_RUINED, visits.size() / 4) - MIN_RUINED + 1));
        Visit seed = visits.get(random.nextInt(visits.size()));
        List<Visit> removed = ruin(nearestOfWorking.get(seed), routes, vanOf, ruinCount, random);
        Map<Visit, List<Visit>> nearestForRecreate = visits.size() > FULL_SCAN_MAX_VISITS ? nearestOfWorking : null;
        recreate(removed, routes, vanOf, nearestForRecreate, plan.getPostponedList(), random);
        Map<Van, List<Visit>> changed = new LinkedHashMap<>();
        routes.forEach((van, route) -> {
            if (!route.equals(van.getVisits())) {
                changed.put(van, route);
            }
        });
        return new RouteRewriteMove(changed);
    }

    /** The neighbour lists are built on the phase's first working solution; map them by id if that was replaced. */
    private Map<Visit, List<Visit>> lookUpNearest(RoutingPlan plan) {
        if (nearest.containsKey(plan.getVisits().get(0))) {
            return nearest;
        }
        Map<String, Visit> byId = new HashMap<>();
        plan.getVisits().forEach(visit -> byId.put(visit.getId(), visit));
        Map<Visit, List<Visit>> remapped = new IdentityHashMap<>();
        nearest.forEach((visit, list) -> remapped.put(byId.get(visit.getId()),
                list.stream().map(other -> byId.get(other.getId())).toList()));
        nearest = remapped;
        return remapped;
    }

    /** Walks outwards from the seed; in each route met for the first time, removes a string around the visit met. */
    private static List<Visit> ruin(List<Visit> nearestToSeed, Map<Van, List<Visit>> routes, Map<Visit, Van> vanOf,
            int ruinCount, Random random) {
        List<Visit> removed = new ArrayList<>();
        List<Van> ruinedVans = new ArrayList<>();
        for (Visit visit : nearestToSeed) {
            if (removed.size() >= ruinCount) {
                break;
            }
            Van van = vanOf.get(visit);
            if (van == null || ruinedVans.contains(van) || visit.isReload()) {
                continue;
            }
            ruinedVans.add(van);
            List<Visit> route = routes.get(van);
            int position = route.indexOf(visit);
            if (!van.isMovableAt(position)) {
                continue; // re-planning: stops done or under way (or refused) stay where they are
            }
            if (van.isPostponedList()) {
                // Postponed visits are not in a sequence: give just this one another chance.
                route.remove(visit);
                removed.add(visit);
                continue;
            }
            int pinned = van.getPinnedCount();
            int length = 1 + random.nextInt(Math.min(MAX_STRING_LENGTH, Math.min(route.size() - pinned, ruinCount - removed.size())));
            int start = Math.max(pinned, Math.min(position - random.nextInt(length), route.size() - length));
            List<Visit> string = route.subList(start, start + length);
            string.stream().filter(stop -> !stop.isReload()).forEach(removed::add);
            string.removeIf(stop -> !stop.isReload());
        }
        return removed;
    }

    /** @param nearest neighbour lists to narrow the vans tried first; null to try every van */
    private static void recreate(List<Visit> removed, Map<Van, List<Visit>> routes, Map<Visit, Van> vanOf,
            Map<Visit, List<Visit>> nearest, Van postponed, Random random) {
        sortForInsertion(removed, postponed.getDepot(), random);
        for (Visit visit : removed) {
            Insertion best = new Insertion(postponed, routes.get(postponed).size(), Long.MAX_VALUE);
            Set<Van> candidates = nearest == null ? Set.of() : candidateVans(visit, routes, vanOf, nearest);
            for (Van van : candidates) {
                best = cheapest(visit, van, routes.get(van), best, random);
            }
            if (best.van() == postponed) {
                // Every van, or (large plans) the nearby vans are full or out of time: try the rest of the fleet.
                for (Van van : routes.keySet()) {
                    if (!van.isPostponedList() && !candidates.contains(van)) {
                        best = cheapest(visit, van, routes.get(van), best, random);
                    }
                }
            }
            Visit reload = best.van() == postponed ? unusedReload(routes.get(postponed)) : null;
            if (reload != null && insertOnNewTrip(visit, reload, routes, vanOf, postponed)) {
                continue;
            }
            routes.get(best.van()).add(best.position(), visit);
            vanOf.put(visit, best.van());
        }
        dropReloadsWithoutDeliveries(routes, vanOf, postponed);
    }

    private static Visit unusedReload(List<Visit> postponedRoute) {
        for (Visit visit : postponedRoute) {
            if (visit.isReload()) {
                return visit;
            }
        }
        return null;
    }

    /** Puts the visit on a new trip (a depot return, then the visit) in the van where that is cheapest; false if none fits. */
    private static boolean insertOnNewTrip(Visit visit, Visit reload, Map<Van, List<Visit>> routes, Map<Visit, Van> vanOf,
            Van postponed) {
        Van bestVan = null;
        int bestPosition = -1;
        long bestCost = Long.MAX_VALUE;
        for (Map.Entry<Van, List<Visit>> entry : routes.entrySet()) {
            Van van = entry.getKey();
            List<Visit> route = entry.getValue();
            if (van.isPostponedList() || van.isOutOfService() || (visit.isChilled() && !van.isRefrigerated())) {
                continue;
            }
            for (int position = Math.max(1, van.getPinnedCount()); position <= route.size(); position++) {
                if (!RouteFit.canStartTripAt(route, position)) {
                    continue;
                }
                long cost = RouteFit.extraDrivingSecondsOnNewTrip(van, route, visit, position);
                if (cost < bestCost && RouteFit.loadObstacleOnNewTrip(van, route, visit, position) == null
                        && RouteFit.scheduleObstacle(van, route, RouteFit.withNewTrip(route, reload, visit, position)) == null) {
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
        vanOf.put(visit, bestVan);
        vanOf.put(reload, bestVan);
        return true;
    }

    /** A depot return at the start or end of a route, or right before another, serves nothing: it goes back unused. */
    private static void dropReloadsWithoutDeliveries(Map<Van, List<Visit>> routes, Map<Visit, Van> vanOf, Van postponed) {
        routes.forEach((van, route) -> {
            if (van.isPostponedList()) {
                return;
            }
            int useless = firstReloadWithoutDeliveries(route, van.getPinnedCount());
            while (useless >= 0) {
                Visit reload = route.remove(useless);
                routes.get(postponed).add(reload);
                vanOf.put(reload, postponed);
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

    /** The cheaper of {@code best} and the cheapest feasible position of the visit in this van's route. */
    private static Insertion cheapest(Visit visit, Van van, List<Visit> route, Insertion best, Random random) {
        RouteFit.TripLoads loads = RouteFit.TripLoads.of(route);
        if (van.isOutOfService() || (visit.isChilled() && !van.isRefrigerated()) || !loads.fitsSomeTrip(van, visit)) {
            return best;
        }
        RouteFit.Timing before = RouteFit.timing(van, route, null, -1);
        for (int position = van.getPinnedCount(); position <= route.size(); position++) {
            if (random.nextDouble() < BLINK_RATE) {
                continue;
            }
            long cost = RouteFit.extraDrivingSeconds(van, route, visit, position);
            if (cost < best.cost() && RouteFit.loadObstacle(van, loads, visit, position) == null
                    && RouteFit.scheduleObstacle(van, route, before, visit, position) == null) {
                best = new Insertion(van, position, cost);
            }
        }
        return best;
    }

    private record Insertion(Van van, int position, long cost) {
    }

    /**
     * The vans worth trying for a visit: those serving its nearest visits, plus the empty ones. Scanning every
     * route would cost a full pass over the plan per reinserted visit, which dominates on 500+ visits.
     */
    private static Set<Van> candidateVans(Visit visit, Map<Van, List<Visit>> routes, Map<Visit, Van> vanOf,
            Map<Visit, List<Visit>> nearest) {
        Set<Van> candidates = new LinkedHashSet<>();
        List<Visit> neighbours = nearest.get(visit);
        for (int i = 0; i < Math.min(CANDIDATE_NEIGHBOURS, neighbours.size()); i++) {
            Van van = vanOf.get(neighbours.get(i));
            if (van != null && !van.isPostponedList()) {
                candidates.add(van);
            }
        }
        routes.forEach((van, route) -> {
            if (route.isEmpty() && !van.isPostponedList() && !van.isOutOfService()) {
                candidates.add(van);
            }
        });
        return candidates;
    }

    /** SISR varies the insertion order: random, heaviest first, or farthest from the depot first. */
    private static void sortForInsertion(List<Visit> removed, Location depot, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> Collections.shuffle(removed, random);
            case 1 -> removed.sort(Comparator.comparingLong(Visit::getKg).reversed());
            default -> removed.sort(Comparator.comparingLong((Visit visit) -> depot.secondsTo(visit.getLocation())).reversed());
        }
    }
}
