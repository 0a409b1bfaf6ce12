package it.ccvmi.planner.solver.routing.solve;

import java.time.Duration;

/**
 * When to stop searching and how many threads to use. The limits are the local search's, after a construction
 * that always completes (see {@link RoutingSolverConfig}). Any limit left null is not applied; the first limit
 * reached stops the search. At least one limit must be set.
 *
 * @param spentLimit           wall-clock budget of the search
 * @param unimprovedSpentLimit stop after this long without a better plan
 * @param bestScoreLimit       stop once the best score reaches this (e.g. "0hard/0medium/-3600000soft")
 * @param stepCountLimit       local-search steps; deterministic, for tests
 * @param scoreCalculationLimit score calculations (construction included); deterministic and, unlike steps, a
 *                             fair budget between searches whose steps cost differently (benchmark comparisons)
 * @param moveThreadCount      extra threads evaluating moves; 0 solves on the calling thread only
 * @param randomSeed           same seed, same input, single thread: same plan
 */
public record SolveLimits(Duration spentLimit, Duration unimprovedSpentLimit, String bestScoreLimit,
        Integer stepCountLimit, Long scoreCalculationLimit, int moveThreadCount, long randomSeed) {

    public static final long DEFAULT_SEED = 0L;

    public SolveLimits {
        if (spentLimit == null && unimprovedSpentLimit == null && bestScoreLimit == null && stepCountLimit == null
                && scoreCalculationLimit == null) {
            throw new IllegalArgumentException(
                    "Set at least one termination limit: spent, unimproved, best score, step count or score calculations");
        }
        if (moveThreadCount < 0) {
            throw new IllegalArgumentException("moveThreadCount must be 0 (single thread) or more, got " + moveThreadCount);
        }
    }

    public static SolveLimits spent(Duration limit) {
        return new SolveLimits(limit, null, null, null, null, 0, DEFAULT_SEED);
    }

    public static SolveLimits steps(int stepCount) {
        return new SolveLimits(null, null, null, stepCount, null, 0, DEFAULT_SEED);
    }

    public static SolveLimits scoreCalculations(long count) {
        return new SolveLimits(null, null, null, null, count, 0, DEFAULT_SEED);
    }

    public SolveLimits withUnimprovedSpentLimit(Duration limit) {
        return new SolveLimits(spentLimit, limit, bestScoreLimit, stepCountLimit, scoreCalculationLimit, moveThreadCount, randomSeed);
    }

    public SolveLimits withBestScoreLimit(String limit) {
        return new SolveLimits(spentLimit, unimprovedSpentLimit, limit, stepCountLimit, scoreCalculationLimit, moveThreadCount, randomSeed);
    }

    public SolveLimits withMoveThreadCount(int threads) {
        return new SolveLimits(spentLimit, unimprovedSpentLimit, bestScoreLimit, stepCountLimit, scoreCalculationLimit, threads, randomSeed);
    }

    public SolveLimits withRandomSeed(long seed) {
        return new SolveLimits(spentLimit, unimprovedSpentLimit, bestScoreLimit, stepCountLimit, scoreCalculationLimit, moveThreadCount, seed);
    }
}
