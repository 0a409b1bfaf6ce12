package it.ccvmi.planner.benchmarks.solver;

import it.ccvmi.planner.planning.DayPlanner;
import it.ccvmi.planner.planning.DaySize;
import it.ccvmi.planner.planning.FairnessOptions;
import it.ccvmi.planner.planning.PreparedDay;
import it.ccvmi.planner.planning.ReferenceDays;
import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.graphhopper.GraphHopperSettings;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A generated Milan day: the real territory and goods of the data directory, a fixed date and seed. The JMH solver
 * benchmarks take it on the straight-line router, so they need no road graph; the curve and seed runs on the roads.
 */
final class MilanDayProblem {

    static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    static final long SEED = 1L;

    private MilanDayProblem() {
    }

    /** @param size {@code large} (~150 deliveries) or {@code emergency} (~300), as {@link DaySize#parse} reads it */
    static RoutingPlan unsolved(String size) {
        ReferenceDays days = ReferenceDays.load(DataDirectory.locate(null));
        try (Router router = Routers.create(RoutingSettings.straightLine(StraightLineSettings.DEFAULT))) {
            return prepared(days, router, size).problem();
        }
    }

    /** The day as the planner prepares it for the solver (fair split, road matrix), on {@code router}. */
    static PreparedDay prepared(ReferenceDays days, Router router, String size) {
        return new DayPlanner(days.territory(), days.catalogue(), router)
                .prepare(days.generate(DATE, SEED, DaySize.parse(size)), FairnessOptions.STANDARD);
    }

    /** The data directory's road graph, imported into {@code cache} the first time. */
    static RoutingSettings roads(Path dataDirectory, Path cache) {
        return RoutingSettings.graphHopper(
                GraphHopperSettings.of(dataDirectory.resolve("osm/milano-area-roads.osm.pbf"), cache));
    }
}
