package it.ccvmi.planner.benchmarks.solver;

import it.ccvmi.planner.planning.PreparedDay;
import it.ccvmi.planner.planning.ReferenceDays;
import it.ccvmi.planner.planning.SolverWarmUp;
import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The anytime curve of a generated Milan day on the road graph: one solve of {@code seconds}, recording every new
 * best plan with the time since solving started (construction included), then the best plan at 1, 5, 10, 30, 60
 * and 300 s, the time to the first plan that breaks no hard constraint, and each checkpoint's driving cost against
 * the final best (positive: worse than the final best, same postponed deliveries). One run gives the whole curve, since the best-so-far at t is what stopping at t would return.
 * Before it the solver is warmed up as the service warms it when it starts ({@link SolverWarmUp}): the curve is that of
 * a running service's job, not of a JVM's first seconds.
 *
 * <p>Arguments (optional, in order): size (emergency), seconds (300), graph cache (var/graph-cache), output file
 * (Markdown; none = stdout only). Run: {@code java -cp benchmarks/target/benchmarks.jar
 * it.ccvmi.planner.benchmarks.solver.AnytimeCurveMain emergency 300 routing/target/graph-cache
 * docs/benchmarks/anytime-emergency.md}
 */
public final class AnytimeCurveMain {

    private static final int[] CHECKPOINTS = {1, 5, 10, 30, 60, 300};

    /** A new best plan and when it came. */
    record Improvement(double seconds, HardMediumSoftLongScore score) {
    }

    private AnytimeCurveMain() {
    }

    public static void main(String[] args) {
        String size = args.length > 0 ? args[0] : "emergency";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path cache = Path.of(args.length > 2 ? args[2] : "var/graph-cache");
        Path dataDirectory = DataDirectory.locate(null);
        ReferenceDays days = ReferenceDays.load(dataDirectory);
        List<Improvement> curve = new ArrayList<>();
        try (Router router = Routers.create(MilanDayProblem.roads(dataDirectory, cache))) {
            Duration warmUp = new SolverWarmUp(days, router).run().orElseThrow().took();
            PreparedDay prepared = MilanDayProblem.prepared(days, router, size);
            long started = System.nanoTime();
            new RoutingSolver(SolveLimits.spent(Duration.ofSeconds(seconds))).run(prepared.problem(),
                    best -> curve.add(new Improvement((System.nanoTime() - started) / 1e9, best.getScore())))
                    .solve();
            String report = report(size, prepared.problem().getVisits().size(), seconds, warmUp, curve);
            System.out.print(report);
            if (args.length > 3) {
                write(Path.of(args[3]), report);
            }
        }
    }

    static String report(String size, int visits, int seconds, Duration warmUp, List<Improvement> curve) {
        StringBuilder text = new StringBuilder();
        Improvement last = curve.get(curve.size() - 1);
        text.append(String.format(Locale.ROOT, "# Anytime curve: Milan %s day %s (seed %d), %d visits, road graph%n%n",
                size, MilanDayProblem.DATE, MilanDayProblem.SEED, visits));
        text.append(String.format(Locale.ROOT, "After the solver warm-up of a started service (%d ms).%n%n",
                warmUp.toMillis()));
        text.append(curve.stream().filter(step -> step.score().hardScore() == 0).findFirst()
                .map(first -> String.format(Locale.ROOT, "First plan breaking no hard constraint: %.2f s (%s).%n%n",
                        first.seconds(), first.score()))
                .orElse("No plan without hard-constraint breaks was found.\n\n"));
        text.append(String.format(Locale.ROOT, "Best after %d s: %s (%d improvements).%n%n", seconds, last.score(),
                curve.size()));
        text.append(String.format(Locale.ROOT, "Machine: %d cores, load average %.1f when the solve ended (one"
                + " solver thread; a loaded machine stretches every time).%n%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        text.append("| after | best score | postponed (medium) | driving cost (soft) | soft gap to the final best |\n");
        text.append("|---:|---|---:|---:|---:|\n");
        for (int checkpoint : CHECKPOINTS) {
            if (checkpoint > seconds) {
                break;
            }
            Improvement at = bestAt(curve, checkpoint);
            String gap = at == null || at.score().mediumScore() != last.score().mediumScore() ? "–"
                    : String.format(Locale.ROOT, "%.2f %%", 100.0 * (last.score().softScore() - at.score().softScore())
                            / Math.abs((double) last.score().softScore()));
            text.append(String.format(Locale.ROOT, "| %d s | %s | %s | %s | %s |%n", checkpoint,
                    at == null ? "(constructing)" : at.score(), at == null ? "–" : at.score().mediumScore(),
                    at == null ? "–" : at.score().softScore(), gap));
        }
        return text.toString();
    }

    private static Improvement bestAt(List<Improvement> curve, double seconds) {
        Improvement best = null;
        for (Improvement step : curve) {
            if (step.seconds() <= seconds) {
                best = step;
            }
        }
        return best;
    }

    private static void write(Path file, String report) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
