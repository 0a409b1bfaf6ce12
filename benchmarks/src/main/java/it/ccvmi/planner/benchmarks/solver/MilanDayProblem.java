package it.ccvmi.planner.benchmarks.solver;

import it.ccvmi.planner.planning.DayPlanner;
import it.ccvmi.planner.planning.DaySize;
import it.ccvmi.planner.planning.FairnessOptions;
import it.ccvmi.planner.planning.ReferenceDays;
import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.time.LocalDate;

/**
 * The unsolved routing plan of a generated Milan day: the real territory and goods of the data directory, a
 * fixed date and seed, and the straight-line router, so the solver benchmarks need no road graph.
 */
final class MilanDayProblem {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private static final long SEED = 1L;

    private MilanDayProblem() {
    }

    /** @param size {@code large} (~150 deliveries) or {@code emergency} (~300), as {@link DaySize#parse} reads it */
    static RoutingPlan unsolved(String size) {
        ReferenceDays days = ReferenceDays.load(DataDirectory.locate(null));
        try (Router router = Routers.create(RoutingSettings.straightLine(StraightLineSettings.DEFAULT))) {
            return new DayPlanner(days.territory(), days.catalogue(), router)
                    .prepare(days.generate(DATE, SEED, DaySize.parse(size)), FairnessOptions.STANDARD)
                    .problem();
        }
    }
}
