package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
     * beyond, it tries the vans of the 40 nearest visits first (see {@link Reinsertion}), since a pass
     * over the whole plan per reinserted visit dominates the run time on 500+ visits.
     */
    private static final int FULL_SCAN_MAX_VISITS = 300;

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
        sortForInsertion(removed, plan.getPostponedList().getDepot(), random);
        new Reinsertion(routes, vanOf, plan.getPostponedList(), nearestForRecreate, BLINK_RATE, random).insertAll(removed);
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

    /** SISR varies the insertion order: random, heaviest first, or farthest from the depot first. */
    private static void sortForInsertion(List<Visit> removed, Location depot, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> Collections.shuffle(removed, random);
            case 1 -> removed.sort(Comparator.comparingLong(Visit::getKg).reversed());
            default -> removed.sort(Comparator.comparingLong((Visit visit) -> depot.secondsTo(visit.getLocation())).reversed());
        }
    }
}
