package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.MilanDay;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

/**
 * A child of two plans of a Milan day (road times, receiving windows, refrigerated and ambient vans of different
 * sizes): every delivery on exactly one list, routes of the second parent in place on the vans that drove them, every
 * load and timing rule kept, and measures that are those of the child's routes.
 */
class RouteCrossoverTest {

    @Test
    void childServesEveryDeliveryOnceWithSomeOfTheSecondParentsRoutesAndKeepsEveryRule() throws Exception {
        RoutingPlan plan = new RoutingSolver(SolveLimits.steps(0)).solve(MilanDay.generate(MilanDay.dataDir(), 3, 8, 10));
        List<Visit> visits = plan.getVisits();
        StringRuin ruin = StringRuin.of(plan);
        PlainListScorer scorer = new PlainListScorer(plan.getWeights());
        SearchPlan first = ruinedAndRecreated(plan, ruin, scorer, new Random(1));
        SearchPlan second = ruinedAndRecreated(plan, ruin, scorer, new Random(2));
        RouteCrossover crossover = new RouteCrossover(visits, plan.getPostponedList(), ruin, scorer);
        Random random = new Random(3);
        int routesFromTheSecondParent = 0;

        for (int round = 0; round < 30; round++) {
            SearchPlan child = crossover.child(first, second, random);

            int[] seen = new int[visits.size()];
            for (Map.Entry<Van, List<Visit>> route : child.routes().entrySet()) {
                for (Visit visit : route.getValue()) {
                    seen[visit.getPlanIndex()]++;
                    assertThat(child.vanOf().get(visit)).as("round %d: the list %s is on", round, visit).isSameAs(route.getKey());
                }
            }
            assertThat(seen).as("round %d: each delivery on one list", round).containsOnly(1);
            assertThat(child.score()).as("round %d", round).isEqualTo(scorer.score(child.routes()));
            assertThat(child.score().hardScore()).as("round %d: every rule kept", round).isZero();
            for (Van van : plan.getRealVans()) {
                List<Visit> route = child.routes().get(van);
                if (route.equals(second.routes().get(van)) && !route.equals(first.routes().get(van))) {
                    routesFromTheSecondParent++;
                }
            }
        }
        assertThat(routesFromTheSecondParent).isPositive();
        assertThat(first.routes()).as("the parents are left as they were")
                .isEqualTo(ruinedAndRecreated(plan, ruin, scorer, new Random(1)).routes());
    }

    /** The constructed plan after 200 ruins and recreates: parents that differ. */
    private static SearchPlan ruinedAndRecreated(RoutingPlan plan, StringRuin ruin, PlainListScorer scorer, Random random) {
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        plan.getVans().forEach(van -> routes.put(van, new ArrayList<>(van.getVisits())));
        VanOfVisit vanOf = VanOfVisit.of(routes, plan.getVisits().size());
        RouteMeasures measures = new RouteMeasures(routes.size());
        for (int round = 0; round < 200; round++) {
            ruin.ruinAndRecreate(plan.getVisits(), routes, vanOf, plan.getPostponedList(), measures, random, 0);
        }
        return new SearchPlan(routes, vanOf, measures, scorer.score(routes, measures));
    }
}
