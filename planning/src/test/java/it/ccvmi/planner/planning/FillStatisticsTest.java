package it.ccvmi.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.ccvmi.planner.solver.allocation.FairSplit;
import it.ccvmi.planner.solver.allocation.Request;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FillStatisticsTest {

    @Test
    void minimumMeanAndJainIndexOfTheFillRatios() {
        // 3 cases for two requests of 2: one gets 2 (fill 1), the other 1 (fill 0.5); a request of 0 does not count.
        FillStatistics fill = FillStatistics.of(FairSplit.split(List.of(new Request(new RequestId(1), "a", "pasta", 2),
                new Request(new RequestId(2), "b", "pasta", 2), new Request(new RequestId(3), "c", "pasta", 0)), Map.of("pasta", 3L)));

        assertThat(fill.requests()).isEqualTo(2);
        assertThat(fill.minimum()).isEqualTo(0.5);
        assertThat(fill.mean()).isEqualTo(0.75);
        assertThat(fill.jain()).isCloseTo(2.25 / 2.5, within(1e-12));
    }

    @Test
    void equalFillRatiosGiveJainIndexOne() {
        FillStatistics fill = FillStatistics.of(FairSplit.split(List.of(new Request(new RequestId(4), "a", "pasta", 10),
                new Request(new RequestId(5), "b", "pasta", 20)), Map.of("pasta", 15L)));

        assertThat(fill.jain()).isCloseTo(1.0, within(1e-12));
    }
}
