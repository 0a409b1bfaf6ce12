package it.ccvmi.planner.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.planning.PlanningTestData;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.goods.GoodsCodes;
import it.ccvmi.planner.planning.scenario.ScenarioInput.CareSite;
import it.ccvmi.planner.planning.scenario.ScenarioInput.ComuneFacts;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.planning.territory.Territory;
import it.ccvmi.planner.planning.territory.TerritoryReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pure generator over the real territory files, without a database. */
class ScenarioGeneratorTest {

    static final LocalDate DAY = LocalDate.of(2021, 1, 15);
    /** Unit weights of the test; the seeded goods types have the same values. */
    static final Map<String, Double> UNIT_WEIGHT_KG = Map.of(GoodsCodes.BEVANDE, 9.5, GoodsCodes.FORMAGGI_LATTICINI, 6.0,
            GoodsCodes.FRUTTA_VERDURA, 10.0, GoodsCodes.PANE_DOLCI, 4.0, GoodsCodes.PASTA_RISO, 12.0,
            GoodsCodes.ALTRI_ALIMENTARI, 8.0, GoodsCodes.DPI, 3.5, GoodsCodes.FLU_VACCINE_KIT, 2.5, GoodsCodes.MEDICINES, 5.0);

    static ScenarioInput input;

    @BeforeAll
    static void readTerritory() {
        Territory territory = TerritoryReader.read(PlanningTestData.directory());
        List<ComuneFacts> comuni = territory.comuni().stream()
                .map(comune -> new ComuneFacts(comune.istatCode(), comune.name(), comune.population())).toList();
        List<CareSite> care = territory.hubs().stream().filter(hub -> hub.kind() != SiteKind.DEPOT)
                .map(hub -> new CareSite(new SiteRef(hub.kind(), hub.comuneIstat(), hub.name()), 80)).toList();
        input = new ScenarioInput(comuni, care, UNIT_WEIGHT_KG);
    }

    @Test
    void theSameSeedGivesTheSameDayWhateverTheInputOrder() {
        List<ComuneFacts> shuffled = new ArrayList<>(input.comuni());
        Collections.shuffle(shuffled, new Random(7));
        ScenarioInput reordered = new ScenarioInput(shuffled, input.careSites(), UNIT_WEIGHT_KG);

        PlanningDay day = new ScenarioGenerator(input).generate(DAY, 42);

        assertThat(new ScenarioGenerator(reordered).generate(DAY, 42)).isEqualTo(day);
        assertThat(new ScenarioGenerator(input).generate(DAY, 43)).isNotEqualTo(day);
    }

    @Test
    void everyCategoryIsShortOfDemand() {
        for (long seed : LongStream.rangeClosed(1, 50).toArray()) {
            PlanningDay day = new ScenarioGenerator(input).generate(DAY, seed);
            for (String code : UNIT_WEIGHT_KG.keySet()) {
                int supplied = day.stock().stream().filter(lot -> lot.goodsCode().equals(code))
                        .mapToInt(StockLine::units).sum();
                int demanded = day.requests().stream().filter(line -> line.goodsCode().equals(code))
                        .mapToInt(RequestLine::units).sum();
                assertThat(supplied).as("seed %d, %s", seed, code).isLessThan(Math.max(1, demanded));
            }
        }
    }

    @Test
    void totalsArePlausibleForOneProgrammeDay() {
        double programmeKgPerDay = 250_468.0 / ScenarioGenerator.PROGRAMME_DAYS;
        for (long seed : LongStream.rangeClosed(1, 50).toArray()) {
            PlanningDay day = new ScenarioGenerator(input).generate(DAY, seed);
            double foodKg = day.stock().stream().filter(lot -> GoodsCodes.FOOD.contains(lot.goodsCode()))
                    .mapToDouble(StockLine::weightKg).sum();
            long cocs = day.requests().stream().filter(line -> line.site().kind() == SiteKind.COC)
                    .map(RequestLine::site).distinct().count();

            assertThat(foodKg).as("seed %d", seed).isBetween(0.6 * programmeKgPerDay, 1.6 * programmeKgPerDay);
            assertThat(cocs).as("seed %d: comuni asking", seed).isBetween(3L, 40L);
            assertThat(day.requests()).allSatisfy(line -> assertThat(line.units()).isPositive());
            assertThat(day.stock()).allSatisfy(lot -> {
                assertThat(lot.arrival()).isBefore(DAY);
                assertThat(lot.expiry() == null || lot.expiry().isAfter(DAY)).isTrue();
            });
            assertThat(day.requests()).filteredOn(line -> line.site().kind() != SiteKind.COC)
                    .allSatisfy(line -> assertThat(line.goodsCode())
                            .isIn(GoodsCodes.DPI, GoodsCodes.FLU_VACCINE_KIT, GoodsCodes.MEDICINES));
        }
    }

    @Test
    void theFleetCanCarryTheDayAndIsBusy() {
        for (long seed : LongStream.rangeClosed(1, 50).toArray()) {
            PlanningDay day = new ScenarioGenerator(input).generate(DAY, seed);
            double stockKg = day.stock().stream().mapToDouble(StockLine::weightKg).sum();
            double capacityKg = day.fleet().stream().mapToDouble(VehicleLine::capacityKg).sum();
            long stops = day.requests().stream().map(RequestLine::site).distinct().count();

            assertThat(capacityKg).as("seed %d", seed).isBetween(stockKg, 3.0 * stockKg);
            assertThat((double) stops / day.fleet().size()).as("seed %d: stops per van", seed).isGreaterThan(4.0);
            assertThat(day.fleet()).as("seed %d", seed).anyMatch(VehicleLine::refrigerated)
                    .anyMatch(van -> !van.refrigerated())
                    .allSatisfy(van -> assertThat(van.shiftStart()).isBefore(van.shiftEnd()));
            assertThat(day.fleet()).extracting(van -> van.organisation() + "|" + van.label()).doesNotHaveDuplicates();
        }
    }
}
