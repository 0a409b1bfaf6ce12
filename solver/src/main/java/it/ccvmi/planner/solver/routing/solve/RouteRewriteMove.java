package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Replaces the whole visit list of some vans at once (ruin-and-recreate produces these). Every visit that
 * leaves one of these lists must land in another of them, so each visit stays on exactly one list.
 */
final class RouteRewriteMove extends AbstractMove<RoutingPlan> {

    private static final String VISITS = "visits";

    private final Map<Van, List<Visit>> newRoutes;

    RouteRewriteMove(Map<Van, List<Visit>> newRoutes) {
        this.newRoutes = newRoutes;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoutingPlan> scoreDirector) {
        return newRoutes.entrySet().stream().anyMatch(route -> !route.getKey().getVisits().equals(route.getValue()));
    }

    @Override
    protected RouteRewriteMove createUndoMove(ScoreDirector<RoutingPlan> scoreDirector) {
        Map<Van, List<Visit>> oldRoutes = new LinkedHashMap<>();
        newRoutes.keySet().forEach(van -> oldRoutes.put(van, new ArrayList<>(van.getVisits())));
        return new RouteRewriteMove(oldRoutes);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoutingPlan> scoreDirector) {
        newRoutes.forEach((van, visits) -> {
            List<Visit> list = van.getVisits();
            // Only the stretch between the unchanged head and tail is announced, so the score director
            // re-evaluates the stops a ruin touched rather than the whole route.
            int head = 0;
            while (head < list.size() && head < visits.size() && list.get(head) == visits.get(head)) {
                head++;
            }
            int tail = 0;
            while (tail < list.size() - head && tail < visits.size() - head
                    && list.get(list.size() - 1 - tail) == visits.get(visits.size() - 1 - tail)) {
                tail++;
            }
            List<Visit> changed = list.subList(head, list.size() - tail);
            scoreDirector.beforeListVariableChanged(van, VISITS, head, list.size() - tail);
            changed.clear();
            changed.addAll(visits.subList(head, visits.size() - tail));
            scoreDirector.afterListVariableChanged(van, VISITS, head, visits.size() - tail);
        });
    }

    @Override
    public RouteRewriteMove rebase(ScoreDirector<RoutingPlan> destinationScoreDirector) {
        Map<Van, List<Visit>> rebased = new LinkedHashMap<>();
        newRoutes.forEach((van, visits) -> rebased.put(destinationScoreDirector.lookUpWorkingObject(van),
                rebaseList(visits, destinationScoreDirector)));
        return new RouteRewriteMove(rebased);
    }

    @Override
    public Collection<Van> getPlanningEntities() {
        return newRoutes.keySet();
    }

    @Override
    public Collection<Visit> getPlanningValues() {
        return newRoutes.values().stream().flatMap(List::stream).toList();
    }

    @Override
    public String toString() {
        return "RuinAndRecreate" + newRoutes;
    }
}
