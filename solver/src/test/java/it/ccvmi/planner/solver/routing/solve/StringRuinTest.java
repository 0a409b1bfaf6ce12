package it.ccvmi.planner.solver.routing.solve;

import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

/** The ruin's strings, on one van's route of 30 deliveries, ruined around its 16th. */
class StringRuinTest {

    private static final int ROUNDS = 2000;
    private static final int RUIN_COUNT = 5;

    /**
     * SISR's split string: half the strings keep a run of their stops in place, and where that run is not at an end
     * of the string, two runs of stops are removed around it: 21 % of the ruins here (strings of 1 to 5 stops, each
     * kept run at one of length + 1 offsets). Either way at most the visits asked for go, the rest stay in order.
     */
    @Test
    void someStringsKeepARunOfTheirStopsInPlace() {
        Van van = van("v1");
        List<Visit> full = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            full.add(visit("d" + i, 1 + i % 3, 10));
        }
        new RoutingPlan(List.of(van), full, RoutingWeights.drivingOnly()); // gives the visits their plan indices
        Random random = new Random(11);
        int split = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Visit> route = new ArrayList<>(full);
            Map<Van, List<Visit>> routes = new LinkedHashMap<>(Map.of(van, route));
            VanOfVisit vanOf = VanOfVisit.of(routes, full.size());

            List<Visit> removed = StringRuin.ruin(List.of(full.get(15)), routes, vanOf, RUIN_COUNT, random);

            assertThat(removed).hasSizeBetween(1, RUIN_COUNT);
            List<Visit> rest = new ArrayList<>(full);
            rest.removeAll(removed);
            assertThat(route).as("the stops left, in their order").isEqualTo(rest);
            int runs = runsOfRemovedStops(full, removed);
            assertThat(runs).as("round %d", round).isBetween(1, 2);
            split += runs == 2 ? 1 : 0;
        }
        assertThat(split).as("split strings among %d ruins", ROUNDS).isBetween(ROUNDS * 15 / 100, ROUNDS * 30 / 100);
    }

    /** How many runs of consecutive stops of the full route were removed. */
    private static int runsOfRemovedStops(List<Visit> full, List<Visit> removed) {
        int runs = 0;
        boolean inRun = false;
        for (Visit visit : full) {
            boolean gone = removed.contains(visit);
            runs += gone && !inRun ? 1 : 0;
            inRun = gone;
        }
        return runs;
    }
}
