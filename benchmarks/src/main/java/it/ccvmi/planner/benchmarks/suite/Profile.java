package it.ccvmi.planner.benchmarks.suite;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How much JMH measures. SHORT is for CI: one fork, few short iterations, the per-pair routing only at 50
 * sites: indicative numbers on a shared machine, never compared. FULL keeps the benchmarks' own settings with
 * more forks and iterations and adds the 30-second quality runs.
 */
enum Profile {
    SHORT(1, 2, 1, 3, 1, "50"),
    FULL(2, 5, 2, 10, 2, null);

    private final int forks;
    private final int warmupIterations;
    private final int warmupSeconds;
    private final int measurementIterations;
    private final int measurementSeconds;
    /** Site counts for the slow one-route-per-pair benchmark; null keeps the benchmark's own list. */
    private final String perPairSites;

    Profile(int forks, int warmupIterations, int warmupSeconds, int measurementIterations, int measurementSeconds,
            String perPairSites) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupSeconds = warmupSeconds;
        this.measurementIterations = measurementIterations;
        this.measurementSeconds = measurementSeconds;
        this.perPairSites = perPairSites;
    }

    static Profile parse(String name) {
        return switch (name) {
            case "short" -> SHORT;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("Unknown profile '" + name + "': use short or full");
        };
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Iterations and forks for the time-based benchmarks (average time per call). */
    ChainedOptionsBuilder timed(ChainedOptionsBuilder options) {
        return options.forks(forks)
                .warmupIterations(warmupIterations).warmupTime(TimeValue.seconds(warmupSeconds))
                .measurementIterations(measurementIterations).measurementTime(TimeValue.seconds(measurementSeconds));
    }

    /** Single-shot benchmarks keep their annotated iteration counts in FULL; SHORT takes one shot after one warm-up. */
    ChainedOptionsBuilder singleShot(ChainedOptionsBuilder options) {
        return this == SHORT ? options.forks(1).warmupIterations(1).measurementIterations(1) : options.forks(forks);
    }

    /** The one-route-per-pair benchmark: single shot, at the profile's site counts. */
    ChainedOptionsBuilder perPair(ChainedOptionsBuilder options) {
        return singleShot(perPairSites == null ? options : options.param("sites", perPairSites));
    }
}
