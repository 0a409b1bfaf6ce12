package it.ccvmi.planner.data.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import it.ccvmi.planner.data.TestData;
import it.ccvmi.planner.data.TestTables;
import it.ccvmi.planner.data.exchange.TerritoryImporter;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.scenario.ScenarioGenerator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Generating a day from the territory in the database and storing it; subclasses choose the database. */
abstract class ScenarioWriterTest {

    static final LocalDate DAY = LocalDate.of(2021, 2, 3);

    @Autowired
    TerritoryImporter territory;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void territoryOnly() {
        TestTables.clear(jdbc);
        territory.importFrom(TestData.directory());
    }

    @Test
    void storesTheGeneratedDay() {
        PlanningDay day = scenarios.generateAndSave(DAY, 2021);

        assertThat(count("SELECT COUNT(*) FROM delivery_request WHERE delivery_date = ?", DAY))
                .isEqualTo(day.requests().size());
        assertThat(count("SELECT COUNT(*) FROM stock_lot", null)).isEqualTo(day.stock().size());
        assertThat(count("SELECT COUNT(*) FROM vehicle v JOIN site s ON s.id = v.home_depot_id WHERE s.kind = 'DEPOT'",
                null)).isEqualTo(day.fleet().size());
        assertThat(jdbc.queryForObject("SELECT SUM(weight_kg) FROM stock_lot", Double.class))
                .isCloseTo(day.stock().stream().mapToDouble(StockLine::weightKg).sum(),
                        within(0.01));
        // RSA beds come from hubs.csv notes, so the database-backed input scales RSA needs by them.
        assertThat(scenarios.input().careSites()).anyMatch(care -> care.beds() == 202);
    }

    @Test
    void theDatabaseInputGivesTheSameDayAsTheSeed() {
        PlanningDay fromDatabase = new ScenarioGenerator(scenarios.input()).generate(DAY, 5);

        assertThat(scenarios.generateAndSave(DAY, 5)).isEqualTo(fromDatabase);
        assertThatThrownBy(() -> scenarios.generateAndSave(DAY, 6)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already exist");
    }

    @Test
    void theDemoDayAddsDemoVansOfItsDateOnlyToADatabaseWithoutAFleet() {
        PlanningDay withoutFleet = scenarios.generateDemoDay(DAY, 7);

        assertThat(withoutFleet.fleet()).isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM vehicle WHERE demo_day = ?", DAY))
                .isEqualTo(withoutFleet.fleet().size());
        assertThat(count("SELECT COUNT(*) FROM vehicle WHERE demo_day IS NULL", null)).isZero();

        scenarios.generateAndSave(DAY.plusDays(1), 8); // an ordinary day's vans are the real fleet
        int vans = count("SELECT COUNT(*) FROM vehicle", null);
        PlanningDay withFleet = scenarios.generateDemoDay(DAY.plusDays(2), 9);

        assertThat(withFleet.fleet()).isEmpty();
        assertThat(withFleet.requests()).isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM delivery_request WHERE delivery_date = ?", DAY.plusDays(2)))
                .isEqualTo(withFleet.requests().size());
        assertThat(count("SELECT COUNT(*) FROM vehicle", null)).isEqualTo(vans);
    }

    private int count(String sql, LocalDate day) {
        return day == null ? jdbc.queryForObject(sql, Integer.class) : jdbc.queryForObject(sql, Integer.class, day);
    }
}
