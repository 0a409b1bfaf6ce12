package it.ccvmi.planner.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SearchTuning;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;

/**
 * Solves CVRPLIB and Solomon instances with the production routing solver and reports the gap to the
 * best-known solutions.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar it.ccvmi.planner.benchmarks.quality.QualityRunner \
 *     [--set x200|x400|x1000|x|cvrp|solomon] [--instances X-n101-k25,R101] [--seconds 30] [--threads 1]
 *     [--bench-dir ../shared/bench] [--out benchmarks/target/quality]
 *     [--steps N | --calculations N] [--seed 0] [--late-acceptance 200] [--temperature 3.0] [--nearby 40] [--ruin-weight 2.0]
 *     [--plain-list-temperature 8.0]
 * </pre>
 * {@code --steps} replaces the time limit by a local-search step count: with one thread the result is then
 * repeatable for a given {@code --seed} (what a regression gate needs). {@code --calculations} replaces it by a
 * score-calculation count (construction included): as repeatable, and a fair budget between searches whose steps
 * cost differently — what a comparison on a shared, loaded machine needs.
 * <pre>
 * </pre>
 */
public final class QualityRunner {

    private static final Pattern CUSTOMERS_IN_X_NAME = Pattern.compile("X-n(\\d+)-");

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path benchDir = Path.of(options.getOrDefault("bench-dir", defaultBenchDir().toString()));
        Duration time = Duration.ofMillis(Math.round(Double.parseDouble(options.getOrDefault("seconds", "30")) * 1000));
        int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
        Path out = Path.of(options.getOrDefault("out", "benchmarks/target/quality"));
        List<Path> instances = options.containsKey("instances")
                ? named(benchDir, options.get("instances").split(","))
                : set(benchDir, options.getOrDefault("set", "x200"));
        Map<String, Double> bks = readBks(benchDir.resolve("bks.csv"));

        SolveLimits budget = options.containsKey("steps") ? SolveLimits.steps(Integer.parseInt(options.get("steps")))
                : options.containsKey("calculations") ? SolveLimits.scoreCalculations(Long.parseLong(options.get("calculations")))
                : SolveLimits.spent(time);
        // One thread means solving on the main thread; more adds that many move-evaluation threads.
        SolveLimits limits = budget.withMoveThreadCount(threads <= 1 ? 0 : threads)
                .withRandomSeed(Long.parseLong(options.getOrDefault("seed", Long.toString(SolveLimits.DEFAULT_SEED))));
        SearchTuning tuning = tuning(options);
        List<InstanceResult> results = new ArrayList<>();
        for (Path file : instances) {
            InstanceResult result = solve(file, limits, tuning, bks);
            System.out.printf("%-14s cost %10.1f  bks %10.1f  gap %6.2f %%  routes %3d  %s%n", result.instance(),
                    result.cost(), result.bks(), result.gapPercent(), result.routes(),
                    result.feasible() ? "feasible" : "INFEASIBLE " + result.violation());
            results.add(result);
        }
        String budgetText = options.containsKey("steps") ? options.get("steps") + " steps"
                : options.containsKey("calculations") ? options.get("calculations") + " score calculations"
                : time.toSeconds() + " s";
        String settings = budgetText + " per instance, " + threads + " thread(s), seed " + limits.randomSeed() + ", " + tuning;
        QualityReport.write(out, results, settings);
        System.out.printf("Average gap %.2f %% over %d instances; wrote %s%n", QualityReport.averageGap(results),
                results.size(), out.resolve("quality.md").toAbsolutePath());
    }

    /** Solves one instance file and recomputes its cost and feasibility from the routes. */
    public static InstanceResult solve(Path file, SolveLimits limits, SearchTuning tuning, Map<String, Double> bks) throws IOException {
        BenchmarkInstance instance = read(file);
        RoutingPlan solved = new RoutingSolver(limits, tuning).solve(instance.toPlan());
        FeasibilityReport report = new FeasibilityChecker().check(solved);
        double cost = (double) report.drivingMetres() / instance.rule().unitsPerDistance();
        Double best = bks.get(instance.name());
        if (best == null) {
            throw new IllegalArgumentException("No best-known cost for " + instance.name() + " in bks.csv");
        }
        List<String> violations = new ArrayList<>(report.violations());
        if (report.postponedVisits() > 0) {
            violations.add(report.postponedVisits() + " customers left unserved");
        }
        if (instance.exactRoutes() > 0 && report.routesUsed() != instance.exactRoutes()) {
            violations.add(report.routesUsed() + " routes; the BKS convention needs exactly " + instance.exactRoutes());
        }
        boolean feasible = violations.isEmpty();
        String violation = feasible ? "" : violations.get(0);
        return new InstanceResult(instance.name(), instance.size() - 1, best, cost, (cost - best) / best * 100,
                report.routesUsed(), feasible, report.postponedVisits(), violation);
    }

    static BenchmarkInstance read(Path file) throws IOException {
        return file.toString().endsWith(".vrp") ? new CvrplibReader().read(file) : new SolomonReader().read(file);
    }

    public static Map<String, Double> readBks(Path file) throws IOException {
        Map<String, Double> bks = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",");
            if (fields.length != 2) {
                throw new InstanceFormatException(file, i + 1, "expected 'instance,bks'");
            }
            bks.put(fields[0].trim(), CvrplibReader.parseDouble(file, i + 1, fields, 1, "bks"));
        }
        return bks;
    }

    private static List<Path> set(Path benchDir, String set) throws IOException {
        return switch (set) {
            case "x200" -> xWithCustomers(benchDir, 1, 200);
            case "x400" -> xWithCustomers(benchDir, 201, 399);
            case "x1000" -> xWithCustomers(benchDir, 850, 1000);
            case "x" -> list(benchDir.resolve("cvrp"), "X-", ".vrp");
            case "cvrp" -> list(benchDir.resolve("cvrp"), "", ".vrp");
            case "solomon" -> solomon(benchDir);
            default -> throw new IllegalArgumentException("Unknown set " + set + " (x200, x400, x1000, x, cvrp, solomon)");
        };
    }

    /** The Solomon instances in vrptw/: Solomon's own {@code .txt} files and VRPLIB {@code .vrp} ones, by name. */
    private static List<Path> solomon(Path benchDir) throws IOException {
        List<Path> files = new ArrayList<>(list(benchDir.resolve("vrptw"), "", ".txt"));
        files.addAll(list(benchDir.resolve("vrptw"), "", ".vrp"));
        files.sort(java.util.Comparator.comparing(QualityRunner::naturalKey));
        return files;
    }

    /**
     * The X instances with {@code min} to {@code max} customers: the size classes the solver's targets name (n ≤ 200,
     * 200 < n < 400, n ≈ 1000 within 15 %).
     */
    private static List<Path> xWithCustomers(Path benchDir, int min, int max) throws IOException {
        return list(benchDir.resolve("cvrp"), "X-", ".vrp").stream()
                .filter(p -> xCustomers(p) >= min && xCustomers(p) <= max).toList();
    }

    /** n in X-n101-k25 counts the depot too. */
    private static int xCustomers(Path file) {
        Matcher matcher = CUSTOMERS_IN_X_NAME.matcher(file.getFileName().toString());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) - 1 : Integer.MAX_VALUE;
    }

    /** The instance files for names such as X-n101-k25 or R101, from cvrp/ or vrptw/ ({@code .txt} or {@code .vrp}). */
    public static List<Path> named(Path benchDir, String[] names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(Stream.of(benchDir.resolve("cvrp").resolve(name + ".vrp"), benchDir.resolve("vrptw").resolve(name + ".txt"),
                            benchDir.resolve("vrptw").resolve(name + ".vrp"))
                    .filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No instance " + name + " in " + benchDir)));
        }
        return files;
    }

    private static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix))
                    .sorted(java.util.Comparator.comparing(QualityRunner::naturalKey))
                    .toList();
        }
    }

    /** X-n101 before X-n110 before X-n1001: pad the numbers. */
    private static String naturalKey(Path file) {
        return Pattern.compile("\\d+").matcher(file.getFileName().toString())
                .replaceAll(m -> String.format("%06d", Long.parseLong(m.group())));
    }

    /** The shared data convention: CISIAMO_BENCH_DIR, else ../shared/bench beside the checkout. */
    public static Path defaultBenchDir() {
        String env = System.getenv("CISIAMO_BENCH_DIR");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "bench");
    }

    /**
     * Search tuning from the experiment options --late-acceptance, --temperature, --nearby, --ruin-weight and
     * --plain-list-temperature; defaults otherwise.
     */
    public static SearchTuning tuning(Map<String, String> options) {
        SearchTuning defaults = SearchTuning.DEFAULT;
        return new SearchTuning(
                Integer.parseInt(options.getOrDefault("late-acceptance", Integer.toString(defaults.lateAcceptanceSize()))),
                Double.parseDouble(options.getOrDefault("temperature", Double.toString(defaults.temperature()))),
                Integer.parseInt(options.getOrDefault("nearby", Integer.toString(defaults.nearbySize()))),
                Double.parseDouble(options.getOrDefault("ruin-weight", Double.toString(defaults.ruinAndRecreateWeight()))),
                Double.parseDouble(options.getOrDefault("plain-list-temperature", Double.toString(defaults.plainListTemperature()))),
                defaults.crewBalanceTemperature());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
