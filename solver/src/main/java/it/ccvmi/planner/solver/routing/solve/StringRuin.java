package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * The ruin and the recreate of ruin-and-recreate on plain lists (after Christiaens &amp; Vanden Berghe's SISR):
 * remove short strings of consecutive visits from the routes around a random visit (half of them split: a run of
 * visits inside the string stays in place, which SISR found to matter), then reinsert each removed
 * visit at its cheapest feasible position ({@link Reinsertion}; a visit that fits nowhere goes to the postponed
 * list). Shared by the move of the local search ({@link RuinAndRecreateMoveFactory}) and the search on plain lists
 * ({@link RuinAndRecreateSearch}); the recreate alone also completes {@link RouteCrossover}'s children.
 *
 * <p>Depot returns (reload stops, see {@code MultiTrip}) are never ruined: a visit that fits no trip as the routes
 * stand may start a new trip with an unused reload, and a reload left with no delivery after it goes back unused.
 */
final class StringRuin {

    /**
     * Visits removed per ruin: between MIN and min(MAX, a quarter of the visits), 9 on average as in SISR (about 10).
     * With split strings, 3–15 beat 3–30 at 30 s on X n ≤ 200 (0.05 % against 0.12 %) and at 10 s on six X
     * instances of n 167–351.
     */
    private static final int MIN_RUINED = 3;
    private static final int MAX_RUINED = 15;
    private static final int MAX_STRING_LENGTH = 10;
    /** SISR "blinks": skipping a few insertion positions at random diversifies the recreate. */
    private static final double BLINK_RATE = 0.01;
    /**
     * SISR's split strings: half the strings keep a run of their stops in place, each stop beyond the first kept with
     * probability 1 − SPLIT_DEPTH (SISR's β), while the string fits the route.
     */
    private static final double SPLIT_DEPTH = 0.01;
    /**
     * Up to this many visits reinsertion tries every van; beyond, it tries the vans of the 40 nearest visits first
     * (see {@link Reinsertion}), since a pass over the whole plan per reinserted visit dominates the run time on
     * large plans. Where vans keep times each position's check walks the schedule, and narrowing pays from 300 visits
     * on (the Milan emergency day, 322 visits: 10 % more candidates a second); without times a check is a load
     * lookup, and trying every van is faster up to 700 (X-n308 to X-n502: 20-35 % more candidates, but not X-n979).
     */
    private static final int FULL_SCAN_MAX_VISITS_TIMED = 300;
    private static final int FULL_SCAN_MAX_VISITS_UNTIMED = 700;

    /** Every visit's list of all visits, nearest first (by driving time). */
    private final Map<Visit, List<Visit>> nearest;
    private final Map<String, List<Visit>> deliveriesByRequester;
    private final InsertionCost insertionCost;
    private final boolean triesEveryVan;

    private StringRuin(Map<Visit, List<Visit>> nearest, Map<String, List<Visit>> deliveriesByRequester,
            InsertionCost insertionCost, boolean triesEveryVan) {
        this.nearest = nearest;
        this.deliveriesByRequester = deliveriesByRequester;
        this.insertionCost = insertionCost;
        this.triesEveryVan = triesEveryVan;
    }

    static StringRuin of(RoutingPlan plan) {
        List<Visit> visits = plan.getVisits();
        Map<Visit, List<Visit>> nearest = new IdentityHashMap<>();
        for (Visit visit : visits) {
            List<Visit> others = new ArrayList<>(visits);
            others.sort(Comparator.comparingLong(other -> visit.getLocation().secondsTo(other.getLocation())));
            nearest.put(visit, others);
        }
        boolean timed = plan.getVans().stream().anyMatch(Van::isTimed);
        int fullScanMaxVisits = timed ? FULL_SCAN_MAX_VISITS_TIMED : FULL_SCAN_MAX_VISITS_UNTIMED;
        return new StringRuin(nearest, Reinsertion.byRequester(visits), new InsertionCost(plan.getWeights()),
                visits.size() <= fullScanMaxVisits);
    }

    /**
     * The same neighbour lists for another copy of the plan (OptaPlanner may replace the working solution by a
     * clone): mapped by visit id, which is unique within a plan.
     */
    StringRuin forPlan(RoutingPlan plan) {
        if (nearest.containsKey(plan.getVisits().get(0))) {
            return this;
        }
        Map<String, Visit> byId = new HashMap<>();
        plan.getVisits().forEach(visit -> byId.put(visit.getId(), visit));
        Map<Visit, List<Visit>> remapped = new IdentityHashMap<>();
        nearest.forEach((visit, list) -> remapped.put(byId.get(visit.getId()),
                list.stream().map(other -> byId.get(other.getId())).toList()));
        return new StringRuin(remapped, Reinsertion.byRequester(plan.getVisits()), insertionCost, triesEveryVan);
    }

    /**
     * Ruins and recreates the routes in place.
     *
     * @param routes every list of the plan, the postponed one included, changed in place
     * @param vanOf  the list each visit is on, kept up to date
     * @param measures the routes' trip loads and schedules as they stand, kept up to date
     * @param overloadPenalty soft points per kg or litre the recreate may put over a trip's capacity; 0 when it may not
     */
    void ruinAndRecreate(List<Visit> visits, Map<Van, List<Visit>> routes, VanOfVisit vanOf, Van postponed,
            RouteMeasures measures, Random random, double overloadPenalty) {
        int ruinCount = MIN_RUINED + random.nextInt(Math.max(1, Math.min(MAX_RUINED, visits.size() / 4) - MIN_RUINED + 1));
        Visit seed = visits.get(random.nextInt(visits.size()));
        List<Visit> removed = ruin(nearest.get(seed), routes, vanOf, ruinCount, random);
        removed.forEach(visit -> measures.forget(vanOf.get(visit)));
        recreate(removed, routes, vanOf, postponed, measures, random, overloadPenalty);
    }

    /** Every visit of the plan, nearest to {@code visit} first (by driving time). */
    List<Visit> nearestTo(Visit visit) {
        return nearest.get(visit);
    }

    /** Reinserts removed visits (their old vans' measures already forgotten) in one of SISR's orders. */
    void recreate(List<Visit> removed, Map<Van, List<Visit>> routes, VanOfVisit vanOf, Van postponed,
            RouteMeasures measures, Random random, double overloadPenalty) {
        sortForInsertion(removed, postponed.getDepot(), random);
        // A postponed visit given another chance goes first: the room the ruin freed is its best chance to fit.
        removed.sort(Comparator.comparing((Visit visit) -> vanOf.get(visit) != postponed));
        Map<Visit, List<Visit>> nearestForRecreate = triesEveryVan ? null : nearest;
        new Reinsertion(routes, vanOf, postponed, nearestForRecreate, BLINK_RATE, random, insertionCost, measures,
                deliveriesByRequester, overloadPenalty)
                .insertAll(removed);
    }

    /**
     * Walks outwards from the seed; in each route met for the first time, removes a string (maybe split) around the
     * visit met. Returns the visits removed; {@code vanOf} still names the vans they came from.
     */
    static List<Visit> ruin(List<Visit> nearestToSeed, Map<Van, List<Visit>> routes, VanOfVisit vanOf,
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
            int movable = route.size() - pinned;
            int length = 1 + random.nextInt(Math.min(MAX_STRING_LENGTH, Math.min(movable, ruinCount - removed.size())));
            int kept = length < movable && random.nextBoolean() ? keptInSplitString(length, movable, random) : 0;
            int window = length + kept;
            int start = Math.max(pinned, Math.min(position - random.nextInt(window), route.size() - window));
            int keptFrom = kept == 0 ? start : start + random.nextInt(length + 1);
            // The part after the kept stops first, so that the indices of the part before stay valid.
            removeDeliveries(route.subList(keptFrom + kept, start + window), removed);
            removeDeliveries(route.subList(start, keptFrom), removed);
        }
        return removed;
    }

    /** How many consecutive stops inside a split string stay in place (see {@link #SPLIT_DEPTH}). */
    private static int keptInSplitString(int length, int movable, Random random) {
        int kept = 1;
        while (length + kept < movable && random.nextDouble() > SPLIT_DEPTH) {
            kept++;
        }
        return kept;
    }

    /** Moves the deliveries of a string to {@code removed}; depot returns stay. */
    private static void removeDeliveries(List<Visit> string, List<Visit> removed) {
        string.stream().filter(stop -> !stop.isReload()).forEach(removed::add);
        string.removeIf(stop -> !stop.isReload());
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
