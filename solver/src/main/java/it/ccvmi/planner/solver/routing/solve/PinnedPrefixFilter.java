package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListAssignMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;

/**
 * Pinning for the list variable, which OptaPlanner 10.2 does not offer: refuses every generic move that would take a
 * visit out of a van's pinned prefix, put one into it, or give a van out of service another visit. Only configured
 * for re-planning problems ({@link RoutingPlan#isConstrained()}), so ordinary days pay nothing for it.
 */
public class PinnedPrefixFilter implements SelectionFilter<RoutingPlan, Move<RoutingPlan>> {

    @Override
    public boolean accept(ScoreDirector<RoutingPlan> scoreDirector, Move<RoutingPlan> move) {
        if (move instanceof ListAssignMove<RoutingPlan> assign) {
            return accepts(assign.getDestinationEntity(), assign.getDestinationIndex());
        }
        if (move instanceof ListChangeMove<RoutingPlan> change) {
            return movable(change.getSourceEntity(), change.getSourceIndex())
                    && accepts(change.getDestinationEntity(), change.getDestinationIndex());
        }
        if (move instanceof ListSwapMove<RoutingPlan> swap) {
            return movable(swap.getLeftEntity(), swap.getLeftIndex()) && movable(swap.getRightEntity(), swap.getRightIndex())
                    && inService(swap.getLeftEntity()) && inService(swap.getRightEntity());
        }
        if (move instanceof SubListChangeMove<RoutingPlan> subList) {
            return movable(subList.getSourceEntity(), subList.getFromIndex())
                    && accepts(subList.getDestinationEntity(), subList.getDestinationIndex());
        }
        throw new IllegalStateException("No pinning rule for move " + move.getClass().getSimpleName());
    }

    private static boolean movable(Object van, int index) {
        return ((Van) van).isMovableAt(index);
    }

    private static boolean accepts(Object van, int index) {
        return ((Van) van).acceptsAt(index);
    }

    private static boolean inService(Object van) {
        return !((Van) van).isOutOfService();
    }
}
