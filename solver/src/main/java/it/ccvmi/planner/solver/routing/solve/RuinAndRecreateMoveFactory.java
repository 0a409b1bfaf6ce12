package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ruin and recreate as a move of the local search ({@link StringRuin}): one such move changes several routes at
 * once, which lets the acceptor escape the local optima that single-visit moves cannot leave.
 */
public class RuinAndRecreateMoveFactory implements MoveIteratorFactory<RoutingPlan, RouteRewriteMove> {

    private StringRuin ruin;

    @Override
    public void phaseStarted(ScoreDirector<RoutingPlan> scoreDirector) {
        ruin = StringRuin.of(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<RoutingPlan> scoreDirector) {
        ruin = null;
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
        ruin = ruin.forPlan(plan);
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        for (Van van : plan.getVans()) {
            routes.put(van, new ArrayList<>(van.getVisits()));
        }
        VanOfVisit vanOf = VanOfVisit.of(routes, plan.getVisits().size());
        ruin.ruinAndRecreate(plan.getVisits(), routes, vanOf, plan.getPostponedList(), new RouteMeasures(routes.size()), random, 0);
        Map<Van, List<Visit>> changed = new LinkedHashMap<>();
        routes.forEach((van, route) -> {
            if (!route.equals(van.getVisits())) {
                changed.put(van, route);
            }
        });
        return new RouteRewriteMove(changed);
    }
}
