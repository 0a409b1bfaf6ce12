package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.api.plans.StoredResult.Fairness;
import it.ccvmi.planner.api.plans.StoredResult.Feasibility;
import it.ccvmi.planner.api.plans.StoredResult.RouterInfo;
import it.ccvmi.planner.api.plans.StoredResult.ScoreAnalysis;
import it.ccvmi.planner.api.plans.StoredResult.Timings;
import it.ccvmi.planner.api.plans.StoredResult.Unassigned;
import it.ccvmi.planner.api.plans.StoredResult.UnusedVehicle;
import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A plan version as the API shows it: the stored allocations and routes, plus the parts of {@link StoredResult}
 * (router, unassigned deliveries, vans left out, fairness, score analysis, feasibility, timings); these parts are
 * {@code null} for a version stored without a solver result. {@code replannedFrom}: the version a re-plan started from
 * (its differences at {@code .../versions/{number}/changes}), null for a plan made from scratch.
 */
public record VersionDocument(LocalDate date, int number, PlanStatus status, Integer replannedFrom, String score, OffsetDateTime createdAt,
        OffsetDateTime publishedAt, String publishedBy, RouterInfo router, List<AllocationView> allocations,
        List<RouteView> routes, List<Unassigned> unassigned, List<UnusedVehicle> unusedVehicles, Fairness fairness,
        ScoreAnalysis scoreAnalysis, Feasibility feasibility, Timings timings) {

    public record AllocationView(long requestId, long siteId, String siteName, String comuneIstat, String comuneName,
            String goodsCode, int requested, int allocated, double fillRatio, BigDecimal fairShare, String reason) {
    }

    public record RouteView(long routeId, long vehicleId, String vehicleLabel, String organisation,
            LocalTime departure, LocalTime returnTime, Integer distanceMetres, Integer durationSeconds,
            BigDecimal loadKg, LineGeometry geometry, List<StopView> stops) {
    }

    /** GeoJSON LineString, [longitude, latitude] pairs. */
    public record LineGeometry(String type, double[][] coordinates) {
    }

    /**
     * @param stopId the route stop's id (a re-plan names refused stops by it)
     * @param reload true for a return to the depot to load the next trip (no items); the stops after it make
     *               the van's next trip
     * @param trip   the van's trip this stop belongs to, from 1 (a depot return ends its trip)
     */
    public record StopView(long stopId, int sequence, long siteId, String siteName, String comuneIstat, SiteKind kind,
            LocalTime arrival, LocalTime departure, BigDecimal loadKg, double lon, double lat, boolean reload, int trip,
            List<ItemView> items) {
    }

    public record ItemView(long requestId, String goodsCode, int units, BigDecimal kg) {
    }
}
