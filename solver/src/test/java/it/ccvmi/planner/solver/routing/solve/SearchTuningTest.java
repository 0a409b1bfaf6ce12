package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import org.junit.jupiter.api.Test;

class SearchTuningTest {

    @Test
    void theSearchOnPlainListsStartsHotterWhereACrewBalanceGoalCounts() {
        assertThat(SearchTuning.DEFAULT.plainListTemperatureFor(RoutingWeights.drivingOnly())).isEqualTo(8.0);
        assertThat(SearchTuning.DEFAULT.plainListTemperatureFor(new RoutingWeights())).isEqualTo(12.0);
        // The Milan goals without the crew balance: the convoy goal alone does not make the search hotter.
        assertThat(SearchTuning.DEFAULT.plainListTemperatureFor(new RoutingWeights().withBalancedCrewWorkload(0)))
                .isEqualTo(8.0);
        assertThat(SearchTuning.DEFAULT.withCrewBalanceTemperature(16).plainListTemperatureFor(new RoutingWeights()))
                .isEqualTo(16.0);
    }

    @Test
    void aTemperatureMustBePositive() {
        assertThatThrownBy(() -> SearchTuning.DEFAULT.withCrewBalanceTemperature(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
