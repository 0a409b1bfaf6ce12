package it.ccvmi.planner.api.plans;

import java.util.List;

/**
 * The part of a plan version's result that has no table of its own, kept as JSON in {@code result_json}: which
 * router gave the times, what was left out and why (deliveries and vans), how fair the split was, the score per constraint, the
 * independent feasibility check and the timings.
 */
record StoredResult(RouterInfo router, List<Unassigned> unassigned, List<UnusedVehicle> unusedVehicles, Fairness fairness, ScoreAnalysis scoreAnalysis,
        Feasibility feasibility, Timings timings) {

    /** @param kind the router's name ({@code graphhopper}, {@code straight-line}); description in full */
    record RouterInfo(String kind, String description, String dataSource, String profile) {
    }

    /**
     * Goods allocated to a site that no van takes today.
     *
     * @param reason a {@code PostponementReason}; {@code SITE_CLOSED} when the site receives nothing that day;
     *               {@code NOT_PLACED} when a stop cut the solver's construction short
     */
    record Unassigned(Long siteId, String siteName, String comuneIstat, List<GoodsUnits> goods, long kg, String reason,
            String detail) {
    }

    /** A chosen van left out of the day because it cannot work it (e.g. its shift misses the depot's hours). */
    record UnusedVehicle(Long vehicleId, String label, String organisation, String reason) {
    }

    record GoodsUnits(String goodsCode, long units) {
    }

    /** Fill ratios (allocated ÷ requested) over all requests, and per comune by weight. */
    record Fairness(double minimum, double mean, double jain, List<ComuneFill> perComune) {
    }

    record ComuneFill(String istat, String name, double requestedKg, double allocatedKg, double fillRatio) {
    }

    record ScoreAnalysis(String score, List<ConstraintScore> constraints) {
    }

    record ConstraintScore(String name, String score, int matchCount) {
    }

    record Feasibility(boolean feasible, List<String> violations, long drivingSeconds, long drivingMetres,
            int routesUsed, int postponedVisits) {
    }

    record Timings(long splitMillis, long matrixMillis, long solveMillis) {
    }
}
