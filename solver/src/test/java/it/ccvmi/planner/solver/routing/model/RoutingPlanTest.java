package it.ccvmi.planner.solver.routing.model;

import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import org.junit.jupiter.api.Test;

/** The plan numbers its vans and visits: the search keeps per-visit and per-van state in arrays by those numbers. */
class RoutingPlanTest {

    @Test
    void everyVanAndVisitKnowsItsPlaceInThePlanAlsoInTheSolvedCopy() {
        RoutingPlan problem = new RoutingPlan(List.of(van("v1"), van("v2")),
                List.of(visit("a", 1, 100), visit("b", 2, 100), visit("c", 3, 100)), RoutingWeights.drivingOnly());

        assertNumberedInListOrder(problem);
        assertThat(problem.getPostponedList().getPlanIndex()).isEqualTo(2);
        assertNumberedInListOrder(new RoutingSolver(SolveLimits.steps(10)).solve(problem));
    }

    private static void assertNumberedInListOrder(RoutingPlan plan) {
        for (int i = 0; i < plan.getVans().size(); i++) {
            assertThat(plan.getVans().get(i).getPlanIndex()).as("van %d", i).isEqualTo(i);
        }
        for (int i = 0; i < plan.getVisits().size(); i++) {
            assertThat(plan.getVisits().get(i).getPlanIndex()).as("visit %d", i).isEqualTo(i);
        }
    }
}
