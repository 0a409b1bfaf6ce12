package it.ccvmi.planner.planning.milan;

import it.ccvmi.planner.planning.DayPlan;
import it.ccvmi.planner.planning.DayPlanner;
import it.ccvmi.planner.planning.DaySize;
import it.ccvmi.planner.planning.ReferenceDays;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.graphhopper.GraphHopperSettings;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;
import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Plans a generated Milan day from a plain {@code main} and prints what a planner would check: the router, the
 * fair split's fill ratios, the routes, the postponed deliveries with their reasons, the independent feasibility
 * check and the score.
 *
 * <p>Arguments (all optional, in order): date (ISO, default 2026-11-24), seed (1), size (ordinary | large |
 * emergency), seconds of solving (30), router (straight-line | graphhopper), multi-trip (on | off: whether vans may
 * return to the depot to reload, see {@link MultiTrip#DEFAULT}). The GraphHopper router reads
 * {@code osm/milano-area-roads.osm.pbf} of the data directory and keeps its prepared graph under
 * {@code var/graph-cache} (the first run imports it, about a minute).
 */
public final class MilanDayMain {

    private static final String METRO_PBF = "osm/milano-area-roads.osm.pbf";

    private MilanDayMain() {
    }

    public static void main(String[] args) {
        LocalDate date = LocalDate.parse(argument(args, 0, "2026-11-24"));
        long seed = Long.parseLong(argument(args, 1, "1"));
        DaySize size = DaySize.parse(argument(args, 2, "ordinary"));
        Duration solving = Duration.ofSeconds(Long.parseLong(argument(args, 3, "30")));
        String routerName = argument(args, 4, "straight-line");
        MultiTrip multiTrip = switch (argument(args, 5, "on")) {
            case "on" -> MultiTrip.DEFAULT;
            case "off" -> MultiTrip.OFF;
            default -> throw new IllegalArgumentException("multi-trip is 'on' or 'off'");
        };

        Path dataDirectory = DataDirectory.locate(null);
        ReferenceDays days = ReferenceDays.load(dataDirectory);
        PlanningDay day = days.generate(date, seed, size);
        try (Router router = Routers.create(settings(routerName, dataDirectory))) {
            DayPlan plan = new DayPlanner(days.territory(), days.catalogue(), router, multiTrip)
                    .plan(day, SolveLimits.spent(solving));
            new DayPlanPrinter(System.out).print(day, size, plan);
        }
    }

    private static RoutingSettings settings(String router, Path dataDirectory) {
        return switch (router) {
            case "straight-line" -> RoutingSettings.straightLine(StraightLineSettings.DEFAULT);
            case "graphhopper" -> RoutingSettings.graphHopper(
                    GraphHopperSettings.of(dataDirectory.resolve(METRO_PBF), Path.of("var", "graph-cache")));
            default -> throw new IllegalArgumentException("unknown router '" + router + "'; use straight-line or graphhopper");
        };
    }

    private static String argument(String[] args, int position, String fallback) {
        return args.length > position ? args[position] : fallback;
    }
}
