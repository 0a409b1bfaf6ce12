package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.planning.scenario.ScenarioGenerator;
import it.ccvmi.planner.planning.scenario.ScenarioInput;
import it.ccvmi.planner.planning.territory.Territory;
import it.ccvmi.planner.planning.territory.TerritoryReader;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Generated planning days on the real Milan territory, without a database: the territory files of a data
 * directory, the standard goods catalogue and the scenario generator. For the plain {@code main}, the tests and
 * the benchmarks.
 */
public final class ReferenceDays {

    private final PlanningTerritory territory;
    private final GoodsCatalogue catalogue;
    private final ScenarioInput scenarioInput;

    private ReferenceDays(Territory territory, GoodsCatalogue catalogue) {
        this.territory = PlanningTerritory.of(territory);
        this.catalogue = catalogue;
        this.scenarioInput = ScenarioInput.of(territory, catalogue.unitWeightsKg());
    }

    /** Reads {@code territory/} of the data directory (errors name file, line and field). */
    public static ReferenceDays load(Path dataDirectory) {
        return new ReferenceDays(TerritoryReader.read(dataDirectory), GoodsCatalogue.standard());
    }

    public PlanningDay generate(LocalDate date, long seed, DaySize size) {
        return new ScenarioGenerator(scenarioInput, size.intensity()).generate(date, seed);
    }

    public PlanningTerritory territory() {
        return territory;
    }

    public GoodsCatalogue catalogue() {
        return catalogue;
    }
}
