package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The first plan: every unplaced delivery, most costly to postpone first (the plan's visit order), at its cheapest
 * feasible position ({@link Reinsertion}, the recreate of ruin-and-recreate without blinks), on a new trip when no
 * trip has room, else postponed; depot returns start unused. Deterministic.
 *
 * <p>Why not OptaPlanner's cheapest-insertion construction: it scores every position of every visit through the
 * score director (an incremental score update and a walk of the arrival times down the route each), about 1.5 s for
 * an emergency day of 300 visits on a cold JVM, and it judges a depot return by its cost alone, so it never opens a
 * second trip. Here a position costs a few array reads; pinned prefixes and vans out of service (re-plans) are left
 * alone as {@link PinnedPrefixFilter} does for the moves.
 */
public final class InsertionConstruction implements CustomPhaseCommand<RoutingPlan> {

    private static final String VISITS = "visits";

    @Override
    public void changeWorkingSolution(ScoreDirector<RoutingPlan> scoreDirector) {
        RoutingPlan plan = scoreDirector.getWorkingSolution();
        Van postponed = plan.getPostponedList();
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        for (Van van : plan.getVans()) {
            routes.put(van, new ArrayList<>(van.getVisits()));
        }
        VanOfVisit vanOf = VanOfVisit.of(routes, plan.getVisits().size());
        List<Visit> unplaced = plan.getVisits().stream().filter(visit -> vanOf.get(visit) == null).toList();
        Set<Visit> newlyPlaced = Collections.newSetFromMap(new IdentityHashMap<>());
        newlyPlaced.addAll(unplaced);
        List<Visit> deliveries = new ArrayList<>();
        for (Visit visit : unplaced) {
            if (visit.isReload()) {
                routes.get(postponed).add(visit); // unused until a delivery needs a new trip
                vanOf.put(visit, postponed);
            } else {
                deliveries.add(visit);
            }
        }
        // insertEach, not insertAll: the construction only adds, so visits placed before it (a re-plan's pinned
        // stops, a resumed checkpoint's routes) stay where they are, depot returns included.
        new Reinsertion(routes, vanOf, postponed, null, 0, null, new InsertionCost(plan.getWeights()), new RouteMeasures(routes.size()),
                Reinsertion.byRequester(plan.getVisits()), 0).insertEach(deliveries);
        routes.forEach((van, route) -> apply(scoreDirector, van, route, newlyPlaced));
    }

    /**
     * Makes the van's list the route, one added visit at a time from the front (the construction only adds visits,
     * so the old list is a subsequence of the route): OptaPlanner's list-variable listeners expect one assignment per
     * notification, as its own construction makes them.
     */
    static void apply(ScoreDirector<RoutingPlan> scoreDirector, Van van, List<Visit> route, Set<Visit> newlyPlaced) {
        List<Visit> list = van.getVisits();
        for (int index = 0; index < route.size(); index++) {
            Visit visit = route.get(index);
            if (!newlyPlaced.contains(visit)) {
                continue;
            }
            scoreDirector.beforeListVariableChanged(van, VISITS, index, index);
            scoreDirector.beforeListVariableElementAssigned(van, VISITS, visit);
            list.add(index, visit);
            scoreDirector.afterListVariableElementAssigned(van, VISITS, visit);
            scoreDirector.afterListVariableChanged(van, VISITS, index, index + 1);
            scoreDirector.triggerVariableListeners();
        }
    }
}
