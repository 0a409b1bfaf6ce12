package it.ccvmi.planner.api.schedule;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.data.territory.ComuneRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a comune's deliveries from published plan versions only: drafts are never shown to a COC. */
@Service
@Transactional(readOnly = true)
public class ScheduleReader {

    private final ComuneRepository comuni;
    private final PlanVersionRepository versions;
    private final EntityManager entities;

    ScheduleReader(ComuneRepository comuni, PlanVersionRepository versions, EntityManager entities) {
        this.comuni = comuni;
        this.versions = versions;
        this.entities = entities;
    }

    /** @throws ApiProblem 404 when the comune is unknown or no plan of the date is published */
    public DeliverySchedule forDay(String istat, LocalDate date) {
        Comune comune = comune(istat);
        PlanVersion version = versions.findPublished(date).orElseThrow(() -> ApiProblem.notFound(
                "no plan has been published for " + date + " yet; the schedule appears once a planner publishes one"));
        return schedule(comune, version);
    }

    /** The schedules of every day in [from, to] with a published plan, oldest first. */
    public SchedulePeriod forPeriod(String istat, LocalDate from, LocalDate to) {
        Comune comune = comune(istat);
        return new SchedulePeriod(comune.getName(), versions.findPublishedBetween(from, to).stream()
                .map(version -> schedule(comune, version)).toList());
    }

    /** A comune's published schedules over some days. */
    public record SchedulePeriod(String comuneName, List<DeliverySchedule> days) {
    }

    private Comune comune(String istat) {
        return comuni.findById(istat).orElseThrow(() -> ApiProblem.notFound("no comune with ISTAT code " + istat));
    }

    private DeliverySchedule schedule(Comune comune, PlanVersion version) {
        LocalDate date = version.getPlan().getDeliveryDate();
        List<ScheduledDelivery> deliveries = stopsOf(version, comune.getIstatCode()).stream()
                .map(stop -> delivery(date, stop))
                .toList();
        return new DeliverySchedule(comune.getIstatCode(), comune.getName(), date,
                new DeliverySchedule.PublishedVersion(version.getNumber(), version.getPublishedAt(),
                        version.getPublishedBy()),
                deliveries);
    }

    private List<RouteStop> stopsOf(PlanVersion version, String istat) {
        return entities.createQuery("""
                SELECT s FROM RouteStop s JOIN FETCH s.site site JOIN FETCH s.route r JOIN FETCH r.vehicle
                WHERE r.planVersion = :version AND site.comune.istatCode = :istat AND s.reload = false
                ORDER BY s.arrivalTime, r.id, s.sequence
                """, RouteStop.class)
                .setParameter("version", version)
                .setParameter("istat", istat)
                .getResultList();
    }

    private static ScheduledDelivery delivery(LocalDate date, RouteStop stop) {
        Site site = stop.getSite();
        var route = stop.getRoute();
        EtaWindow window = EtaWindow.around(stop.getArrivalTime(), route.getDepartureTime());
        List<ScheduledDelivery.Item> items = stop.getItems().stream()
                .map(ScheduleReader::item)
                .sorted(Comparator.comparing(ScheduledDelivery.Item::goodsCode))
                .toList();
        BigDecimal totalKg = items.stream().map(ScheduledDelivery.Item::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
        Double lat = site.getLocation() == null ? null : site.getLocation().getY();
        Double lon = site.getLocation() == null ? null : site.getLocation().getX();
        return new ScheduledDelivery(stop.getId(), date, stop.getSequence(), window.arrival(), window.opens(),
                window.closes(), site.getId(), site.getName(), site.getKind().name(), site.getAddress(), lat, lon,
                route.getVehicle().getId(), route.getVehicle().getLabel(), route.getVehicle().getOrganisation(),
                items, totalKg);
    }

    private static ScheduledDelivery.Item item(RouteStopItem item) {
        GoodsType goods = item.getGoods();
        return new ScheduledDelivery.Item(goods.getCode(), goods.getItalianName(), goods.getFamily().name(),
                item.getUnits(), goods.getUnit().name(), item.getWeightKg());
    }
}
