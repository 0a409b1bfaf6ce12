package it.ccvmi.planner.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import java.time.LocalDate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The size knob: an intense day has more sites asking and more stock, an ordinary one is unchanged. */
class ScenarioIntensityTest {

    private static final LocalDate DAY = ScenarioGeneratorTest.DAY;
    private static ScenarioInput input;

    @BeforeAll
    static void readTerritory() {
        ScenarioGeneratorTest.readTerritory();
        input = ScenarioGeneratorTest.input;
    }

    @Test
    void intensityOneIsTheOrdinaryDay() {
        assertThat(new ScenarioGenerator(input, ScenarioGenerator.ORDINARY_DAY).generate(DAY, 5))
                .isEqualTo(new ScenarioGenerator(input).generate(DAY, 5));
    }

    @Test
    void anEmergencyDayHasManyMoreRequestsAndMoreStock() {
        LongStream.range(0, 10).forEach(seed -> {
            PlanningDay ordinary = new ScenarioGenerator(input).generate(DAY, seed);
            PlanningDay emergency = new ScenarioGenerator(input, 9).generate(DAY, seed);

            assertThat(emergency.requests().size()).as("seed %d", seed).isGreaterThan(3 * ordinary.requests().size());
            assertThat(stockKg(emergency)).as("seed %d", seed).isGreaterThan(3 * stockKg(ordinary));
            assertThat(emergency.requests()).allSatisfy(line -> assertThat(line.units()).isPositive());
            assertThat(emergency.requests().stream().map(RequestLine::site).distinct().count())
                    .as("seed %d: stops per van", seed).isLessThanOrEqualTo(9L * emergency.fleet().size());
        });
    }

    @Test
    void intensityMustBePositive() {
        assertThatThrownBy(() -> new ScenarioGenerator(input, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intensity");
    }

    private static double stockKg(PlanningDay day) {
        return day.stock().stream().mapToDouble(StockLine::weightKg).sum();
    }
}
