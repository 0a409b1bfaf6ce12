package it.ccvmi.planner.solver.routing.solve;

import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import it.ccvmi.planner.solver.routing.RouteFixtures;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;

class RoutingSolverConfigTest {

    @Test
    void annealingStartsAtTheTuningsMultipleOfTheMeanHopToTheNearestVisitOnTheSoftLevelOnly() {
        // Sites 1, 2 and 3 on the fixtures' line, 600 s apart, two deliveries at site 1: every visit's nearest
        // visit at another place is 600 s away.
        List<Visit> visits = List.of(visit("a", 1, 10), visit("a2", 1, 10), visit("b", 2, 10), visit("c", 3, 10));
        RoutingPlan plan = new RoutingPlan(List.of(van("v1")), visits, new RoutingWeights());

        assertThat(RoutingSolverConfig.startingTemperature(plan, new SearchTuning(200, 3.0, 40, 2.0, 8.0, 12.0)))
                .isEqualTo("0hard/0medium/1800soft");
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) RoutingSolverConfig
                .build(SolveLimits.steps(10), new SearchTuning(200, 0.5, 40, 2.0, 8.0, 12.0), plan).getPhaseConfigList().get(2);
        assertThat(search.getAcceptorConfig().getSimulatedAnnealingStartingTemperature()).isEqualTo("0hard/0medium/300soft");
    }

    @Test
    void aPlanWithoutTimesKeepsLateAcceptance() {
        Van untimed = new Van("v1", "crew", RouteFixtures.DEPOT, 1000, 8000, false, 0, Van.NO_SHIFT_END);
        RoutingPlan plan = new RoutingPlan(List.of(untimed), List.of(visit("a", 1, 10), visit("b", 2, 10)),
                RoutingWeights.drivingOnly());

        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) RoutingSolverConfig
                .build(SolveLimits.steps(10), SearchTuning.DEFAULT, plan).getPhaseConfigList().get(2);
        assertThat(search.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(200);
        assertThat(search.getAcceptorConfig().getSimulatedAnnealingStartingTemperature()).isNull();
    }

    @Test
    void theSearchOnPlainListsTakesMostOfTheTimeAndTheLocalSearchTheRest() {
        RoutingPlan plan = new RoutingPlan(List.of(van("v1")), List.of(visit("a", 1, 10), visit("b", 2, 10)), new RoutingWeights());

        List<PhaseConfig> phases = RoutingSolverConfig.build(SolveLimits.spent(Duration.ofSeconds(10)), plan).getPhaseConfigList();

        assertThat(phases).hasSize(3);
        assertThat(((CustomPhaseConfig) phases.get(1)).getCustomPhaseCommandList()).as("9 s in slices of half a second").hasSize(18);
        assertThat(phases.get(2).getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBestScoreLimitStopsTheSearchOnPlainListsToo() {
        RoutingPlan plan = new RoutingPlan(List.of(van("v1")), List.of(visit("a", 1, 10), visit("b", 2, 10)), new RoutingWeights());

        List<PhaseConfig> phases = RoutingSolverConfig.build(SolveLimits.spent(Duration.ofMinutes(5))
                .withBestScoreLimit("0hard/*medium/*soft"), plan).getPhaseConfigList();

        assertThat(phases.get(1).getTerminationConfig().getBestScoreLimit()).isEqualTo("0hard/*medium/*soft");
        assertThat(phases.get(2).getTerminationConfig().getBestScoreLimit()).isEqualTo("0hard/*medium/*soft");
    }

    @Test
    void pinnedVisitsOrAConstructionOnlyBudgetKeepTheSearchOnPlainListsOut() {
        Van pinned = van("v1");
        Visit done = visit("a", 1, 10);
        pinned.pinFirst(List.of(done));
        RoutingPlan replan = new RoutingPlan(List.of(pinned), List.of(done, visit("b", 2, 10)), new RoutingWeights());
        RoutingPlan milan = new RoutingPlan(List.of(van("v1")), List.of(visit("a", 1, 10), visit("b", 2, 10)), new RoutingWeights());

        assertThat(RoutingSolverConfig.build(SolveLimits.steps(10), replan).getPhaseConfigList()).hasSize(2);
        assertThat(RoutingSolverConfig.build(SolveLimits.steps(0), milan).getPhaseConfigList()).hasSize(2);
        assertThat(RoutingSolverConfig.build(SolveLimits.steps(10), milan).getPhaseConfigList()).hasSize(3);
    }

    @Test
    void aScoreCalculationBudgetBoundsTheLocalSearch() {
        RoutingPlan plan = new RoutingPlan(List.of(van("v1")), List.of(visit("a", 1, 10)), new RoutingWeights());

        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) RoutingSolverConfig
                .build(SolveLimits.scoreCalculations(5000), plan).getPhaseConfigList().get(2);
        assertThat(search.getTerminationConfig().getScoreCalculationCountLimit()).isEqualTo(5000L);
        assertThat(search.getTerminationConfig().getStepCountLimit()).isNull();
    }

    @Test
    void visitsAtOnePlaceStillGetAPositiveTemperature() {
        List<Visit> visits = List.of(visit("a", 1, 10), visit("b", 1, 10));
        RoutingPlan plan = new RoutingPlan(List.of(van("v1")), visits, new RoutingWeights());

        assertThat(RoutingSolverConfig.startingTemperature(plan, SearchTuning.DEFAULT)).isEqualTo("0hard/0medium/1soft");
    }
}
