package it.ccvmi.planner.api.plans;

import java.util.List;

/**
 * The part of a plan version's result that has no table of its own, kept as JSON in {@code result_json}: which
 * router gave the times, what was left out and why (deliveries and vans), how fair the split was, the score per
 * constraint, the independent feasibility check and the timings. Written and read back as this same record.
 *
 * @param schemaVersion the shape of the stored blob; blobs written before the field existed have the shape of
 *                      version 1 and read as such
 */
public record StoredResult(Integer schemaVersion, RouterInfo router, List<Unassigned> unassigned,
        List<UnusedVehicle> unusedVehicles, Fairness fairness, ScoreAnalysis scoreAnalysis, Feasibility feasibility,
        Timings timings) {

    /** The shape written today; raise it (and read the older shapes) when a field changes meaning or goes away. */
    public static final int CURRENT_SCHEMA = 1;

    public StoredResult {
        if (schemaVersion == null) {
            schemaVersion = 1;
        }
        if (schemaVersion > CURRENT_SCHEMA) {
            throw new IllegalStateException("stored plan result of schema " + schemaVersion
                    + " is newer than this version of the planner reads (" + CURRENT_SCHEMA + ")");
        }
    }

    /** @param kind the router's name ({@code graphhopper}, {@code straight-line}); description in full */
    public record RouterInfo(String kind, String description, String dataSource, String profile) {
    }

    /**
     * Goods allocated to a site that no van takes today.
     *
     * @param reason a {@code PostponementReason}; {@code SITE_CLOSED} when the site receives nothing that day;
     *               {@code NOT_PLACED} when a stop cut the solver's construction short
     */
    public record Unassigned(Long siteId, String siteName, String comuneIstat, List<GoodsUnits> goods, long kg,
            String reason, String detail) {
    }

    /** A chosen van left out of the day because it cannot work it (e.g. its shift misses the depot's hours). */
    public record UnusedVehicle(Long vehicleId, String label, String organisation, String reason) {
    }

    public record GoodsUnits(String goodsCode, long units) {
    }

    /** Fill ratios (allocated ÷ requested) over all requests, and per comune by weight. */
    public record Fairness(double minimum, double mean, double jain, List<ComuneFill> perComune) {
    }

    public record ComuneFill(String istat, String name, double requestedKg, double allocatedKg, double fillRatio) {
    }

    public record ScoreAnalysis(String score, List<ConstraintScore> constraints) {
    }

    public record ConstraintScore(String name, String score, int matchCount) {
    }

    public record Feasibility(boolean feasible, List<String> violations, long drivingSeconds, long drivingMetres,
            int routesUsed, int postponedVisits) {
    }

    public record Timings(long splitMillis, long matrixMillis, long solveMillis) {
    }
}
