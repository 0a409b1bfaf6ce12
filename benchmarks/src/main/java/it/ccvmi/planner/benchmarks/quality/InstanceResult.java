package it.ccvmi.planner.benchmarks.quality;

/**
 * One solved instance. Cost is recomputed from the routes by the independent checker.
 *
 * @param gapPercent (cost − bks) / bks × 100
 */
public record InstanceResult(String instance, int customers, double bks, double cost, double gapPercent, int routes,
        boolean feasible, int unassigned, String violation) {
}
