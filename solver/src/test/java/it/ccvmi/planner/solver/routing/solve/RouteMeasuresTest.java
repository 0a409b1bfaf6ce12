package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

/**
 * The measures carried from plan to plan by the search on plain lists must be those of the routes as they stand:
 * every change a ruin or a recreate makes has to reach them, or the search would judge stale routes.
 */
class RouteMeasuresTest {

    @Test
    void measuresCarriedThroughRuinsAndRecreatesAreThoseOfTheRoutesAsTheyStand() throws Exception {
        RoutingPlan plan = new RoutingSolver(SolveLimits.steps(0)).solve(PlainListScorerTest.milanDayWithDepotReturns());
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        for (Van van : plan.getVans()) {
            routes.put(van, new ArrayList<>(van.getVisits()));
        }
        VanOfVisit vanOf = VanOfVisit.of(routes, plan.getVisits().size());
        StringRuin ruin = StringRuin.of(plan);
        PlainListScorer scorer = new PlainListScorer(plan.getWeights());
        RouteMeasures measures = new RouteMeasures(routes.size());
        Random random = new Random(7);
        int reloadsUsed = 0;
        for (int round = 0; round < 300; round++) {
            ruin.ruinAndRecreate(plan.getVisits(), routes, vanOf, plan.getPostponedList(), measures, random, 0);

            assertThat(scorer.score(routes, measures)).as("round %d", round).isEqualTo(scorer.score(routes));
            for (Van van : plan.getRealVans()) {
                List<Visit> route = routes.get(van);
                RouteFit.TripLoads fresh = RouteFit.TripLoads.of(route);
                RouteFit.TripLoads carried = measures.tripLoads(van, route);
                for (int position = 0; position <= route.size(); position++) {
                    int trip = fresh.tripAt(position);
                    assertThat(carried.tripAt(position)).as("round %d, %s at %d", round, van, position).isEqualTo(trip);
                    assertThat(carried.kg(trip)).isEqualTo(fresh.kg(trip));
                    assertThat(carried.litres(trip)).isEqualTo(fresh.litres(trip));
                }
                assertThat(measures.schedule(van, route).timing()).isEqualTo(RouteFit.Schedule.of(van, route).timing());
                assertThat(measures.schedule(van, route).workSeconds()).isEqualTo(RouteFit.Schedule.of(van, route).workSeconds());
                reloadsUsed += (int) route.stream().filter(Visit::isReload).count();
            }
        }
        assertThat(reloadsUsed).as("depot returns taken and dropped along the way").isPositive();
    }
}
