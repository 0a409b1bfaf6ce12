package it.ccvmi.planner.benchmarks.solver;

import it.ccvmi.planner.planning.ReferenceDays;
import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SearchTuning;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A generated Milan day on the road graph solved once per solver seed with a fixed budget of candidates
 * ({@link SolveLimits#steps}: that many candidate plans of the search on plain lists, then the local search's steps),
 * so that two versions of the solver or two temperatures compare on the same plans whatever the machine's load.
 * 270 000 candidates are what a 10 s solve of the emergency day tries on this machine. Prints each seed's score and
 * the mean soft score, which compares runs only where they postpone alike (equal medium scores: the emergency day's
 * plans postpone nothing at 270 000 candidates).
 *
 * <p>Arguments (optional, in order): size (emergency), candidates (270000), first and last seed (1, 8), graph cache
 * (var/graph-cache), starting temperature of the search on plain lists in mean nearest-neighbour hops on a day with a
 * crew-balance goal (the default tuning's {@code crewBalanceTemperature}). Run: {@code java -cp
 * benchmarks/target/benchmarks.jar it.ccvmi.planner.benchmarks.solver.SeedRunsMain
 * emergency 270000 1 8 routing/target/graph-cache}
 */
public final class SeedRunsMain {

    private SeedRunsMain() {
    }

    public static void main(String[] args) {
        String size = args.length > 0 ? args[0] : "emergency";
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 270_000;
        int firstSeed = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int lastSeed = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        Path cache = Path.of(args.length > 4 ? args[4] : "var/graph-cache");
        SearchTuning tuning = args.length > 5
                ? SearchTuning.DEFAULT.withCrewBalanceTemperature(Double.parseDouble(args[5])) : SearchTuning.DEFAULT;
        Path dataDirectory = DataDirectory.locate(null);
        ReferenceDays days = ReferenceDays.load(dataDirectory);
        long softSum = 0;
        try (Router router = Routers.create(MilanDayProblem.roads(dataDirectory, cache))) {
            for (int seed = firstSeed; seed <= lastSeed; seed++) {
                RoutingPlan problem = MilanDayProblem.prepared(days, router, size).problem();
                long started = System.nanoTime();
                RoutingPlan best = new RoutingSolver(SolveLimits.steps(candidates).withRandomSeed(seed), tuning)
                        .solve(problem);
                softSum += best.getScore().softScore();
                System.out.printf(Locale.ROOT, "seed %d: %s (%.1f s)%n", seed, best.getScore(),
                        (System.nanoTime() - started) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "%s day, %d candidates, seeds %d-%d, %s: mean soft score %d%n", size, candidates,
                firstSeed, lastSeed, tuning, softSum / (lastSeed - firstSeed + 1));
    }
}
