package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A plan version as the API shows it: the stored allocations and routes, plus the parts of {@link StoredResult}
 * (router, unassigned deliveries, vans left out, fairness, score analysis, feasibility, timings).
 */
public record VersionDocument(LocalDate date, int number, PlanStatus status, String score, OffsetDateTime createdAt,
        OffsetDateTime publishedAt, String publishedBy, JsonNode router, List<AllocationView> allocations,
        List<RouteView> routes, JsonNode unassigned, JsonNode unusedVehicles, JsonNode fairness,
        JsonNode scoreAnalysis, JsonNode feasibility, JsonNode timings) {

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

    public record StopView(int sequence, long siteId, String siteName, String comuneIstat, SiteKind kind,
            LocalTime arrival, LocalTime departure, BigDecimal loadKg, double lon, double lat, List<ItemView> items) {
    }

    public record ItemView(long requestId, String goodsCode, int units, BigDecimal kg) {
    }
}
