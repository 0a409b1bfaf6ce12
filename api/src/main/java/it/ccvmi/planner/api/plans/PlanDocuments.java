package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.api.plans.VersionDocument.AllocationView;
import it.ccvmi.planner.api.plans.VersionDocument.ItemView;
import it.ccvmi.planner.api.plans.VersionDocument.LineGeometry;
import it.ccvmi.planner.api.plans.VersionDocument.RouteView;
import it.ccvmi.planner.api.plans.VersionDocument.StopView;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.plan.Allocation;
import it.ccvmi.planner.data.plan.Plan;
import it.ccvmi.planner.data.plan.PlanRepository;
import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.solver.allocation.FillRatio;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Reads the stored plans of a date as API documents. */
@Component
public class PlanDocuments {

    /** One line of a date's version list. */
    public record VersionLine(int number, PlanStatus status, String score, OffsetDateTime createdAt,
            OffsetDateTime publishedAt, String publishedBy) {
    }

    public record PlanSummary(LocalDate date, List<VersionLine> versions) {
    }

    /** What a version stored without a solver result shows: none of the result's parts. */
    private static final StoredResult EMPTY = new StoredResult(StoredResult.CURRENT_SCHEMA, null, null, null, null,
            null, null, null);

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final ObjectMapper json;
    private final EntityManager entities;

    PlanDocuments(PlanRepository plans, PlanVersionRepository versions, ObjectMapper json, EntityManager entities) {
        this.plans = plans;
        this.versions = versions;
        this.json = json;
        this.entities = entities;
    }

    /** @throws ApiProblem 404 when the date has no plan */
    @Transactional(readOnly = true)
    public PlanSummary summary(LocalDate date) {
        Plan plan = plans.findByDeliveryDate(date)
                .orElseThrow(() -> ApiProblem.notFound("nessun piano per il " + date));
        return new PlanSummary(date, plan.getVersions().stream().map(version -> new VersionLine(version.getNumber(),
                version.getStatus(), version.getScore(), version.getCreatedAt(), version.getPublishedAt(),
                version.getPublishedBy())).toList());
    }

    /** @throws ApiProblem 404 when the date has no such version */
    @Transactional(readOnly = true)
    public VersionDocument version(LocalDate date, int number) {
        return document(find(date, number));
    }

    /** @throws ApiProblem 404 when no version of the date is published */
    @Transactional(readOnly = true)
    public VersionDocument published(LocalDate date) {
        return document(versions.findPublished(date)
                .orElseThrow(() -> ApiProblem.notFound("nessun piano pubblicato per il " + date)));
    }

    PlanVersion find(LocalDate date, int number) {
        return versions.findByDeliveryDate(date).stream().filter(version -> version.getNumber() == number).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("il piano del " + date + " non ha la versione " + number));
    }

    VersionDocument document(PlanVersion version) {
        StoredResult result = version.getResultJson() == null ? EMPTY
                : json.readValue(version.getResultJson(), StoredResult.class);
        Map<String, String> comuneNames = comuneNames();
        return new VersionDocument(version.getPlan().getDeliveryDate(), version.getNumber(), version.getStatus(),
                version.getReplannedFrom(), version.getScore(), version.getCreatedAt(), version.getPublishedAt(), version.getPublishedBy(),
                result.router(), version.getAllocations().stream()
                        .map(allocation -> allocation(allocation, comuneNames))
                        .sorted(Comparator.comparing(AllocationView::comuneIstat)
                                .thenComparing(AllocationView::siteName)
                                .thenComparing(AllocationView::goodsCode)).toList(),
                version.getRoutes().stream().sorted(Comparator.comparing(Route::getId)).map(PlanDocuments::route)
                        .toList(),
                result.unassigned(), result.unusedVehicles(), result.fairness(), result.scoreAnalysis(),
                result.feasibility(), result.timings());
    }

    /**
     * Comune names by ISTAT code, read as plain values: loading the Comune entities would also load and decode
     * every boundary polygon, which made most of the time of an emergency day's document.
     */
    private Map<String, String> comuneNames() {
        return entities.createQuery("select c.istatCode, c.name from Comune c", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    private static AllocationView allocation(Allocation allocation, Map<String, String> comuneNames) {
        DeliveryRequest request = allocation.getRequest();
        Site site = request.getSite();
        String istat = site.getComune().getIstatCode(); // the proxy's id: the Comune itself stays unloaded
        double fill = FillRatio.of(allocation.getUnits(), allocation.getRequestedUnits()).doubleValue();
        return new AllocationView(request.getId(), site.getId(), site.getName(), istat, comuneNames.get(istat),
                request.getGoodsType().getCode(), allocation.getRequestedUnits(), allocation.getUnits(),
                fill, allocation.getFairShare(), allocation.getReason());
    }

    private static RouteView route(Route route) {
        List<StopView> stops = new ArrayList<>();
        int trip = 1;
        for (RouteStop stop : route.getStops()) {
            stops.add(stop(stop, trip));
            trip += stop.isReload() ? 1 : 0;
        }
        return new RouteView(route.getId(), route.getVehicle().getId(), route.getVehicle().getLabel(),
                route.getVehicle().getOrganisation(), route.getDepartureTime(), route.getReturnTime(),
                route.getDistanceMetres(), route.getDurationSeconds(), route.getLoadKg(), line(route.getGeometry()),
                stops);
    }

    private static StopView stop(RouteStop stop, int trip) {
        Site site = stop.getSite();
        return new StopView(stop.getId(), stop.getSequence(), site.getId(), site.getName(), site.getComune().getIstatCode(),
                site.getKind(), stop.getArrivalTime(), stop.getDepartureTime(), stop.getLoadKg(),
                site.getLocation().getX(), site.getLocation().getY(), stop.isReload(), trip, stop.getItems().stream()
                        .map(item -> new ItemView(item.getRequest().getId(), item.getGoods().getCode(), item.getUnits(),
                                item.getWeightKg()))
                        .toList());
    }

    private static LineGeometry line(LineString geometry) {
        if (geometry == null) {
            return null;
        }
        Coordinate[] points = geometry.getCoordinates();
        double[][] coordinates = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            coordinates[i] = new double[] {points[i].getX(), points[i].getY()};
        }
        return new LineGeometry("LineString", coordinates);
    }
}
