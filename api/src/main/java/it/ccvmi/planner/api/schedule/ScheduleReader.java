package it.ccvmi.planner.api.schedule;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.delivery.StopConfirmation;
import it.ccvmi.planner.data.delivery.StopConfirmationRepository;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a comune's deliveries from published plan versions only: drafts are never shown to a COC. */
@Service
@Transactional(readOnly = true)
public class ScheduleReader {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ComuneRepository comuni;
    private final PlanVersionRepository versions;
    private final StopConfirmationRepository confirmations;
    private final EntityManager entities;
    private final ZoneId zone;

    ScheduleReader(ComuneRepository comuni, PlanVersionRepository versions, StopConfirmationRepository confirmations,
            EntityManager entities, Clock clock) {
        this.comuni = comuni;
        this.versions = versions;
        this.confirmations = confirmations;
        this.entities = entities;
        this.zone = clock.getZone();
    }

    /** @throws ApiProblem 404 when the comune is unknown or no plan of the date is published */
    public DeliverySchedule forDay(String istat, LocalDate date) {
        Comune comune = comune(istat);
        PlanVersion version = versions.findPublished(date).orElseThrow(() -> ApiProblem.notFound(
                "nessun piano è ancora stato pubblicato per il " + date + ": le consegne compaiono quando un pianificatore"
                        + " lo pubblica"));
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
        return comuni.findById(istat).orElseThrow(() -> ApiProblem.notFound("nessun comune con codice ISTAT " + istat));
    }

    private DeliverySchedule schedule(Comune comune, PlanVersion version) {
        LocalDate date = version.getPlan().getDeliveryDate();
        Map<Long, StopConfirmation> confirmed = new HashMap<>();
        confirmations.findByVersion(version).forEach(confirmation -> confirmed.put(confirmation.getStop().getId(),
                confirmation));
        List<ScheduledDelivery> deliveries = stopsOf(version, comune.getIstatCode()).stream()
                .map(stop -> delivery(date, stop, confirmed.get(stop.getId())))
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

    private ScheduledDelivery delivery(LocalDate date, RouteStop stop, StopConfirmation confirmation) {
        Site site = stop.getSite();
        var route = stop.getRoute();
        EtaWindow window = EtaWindow.around(stop.getArrivalTime(), route.getDepartureTime());
        Map<Long, Integer> deliveredByItemId = new HashMap<>();
        if (confirmation != null) {
            confirmation.getItems().forEach(item -> deliveredByItemId.put(item.getItem().getId(), item.getUnits()));
        }
        List<ScheduledDelivery.Item> items = stop.getItems().stream()
                .map(item -> item(item, deliveredByItemId.get(item.getId())))
                .sorted(Comparator.comparing(ScheduledDelivery.Item::goodsCode))
                .toList();
        BigDecimal totalKg = items.stream().map(ScheduledDelivery.Item::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
        Double lat = site.getLocation() == null ? null : site.getLocation().getY();
        Double lon = site.getLocation() == null ? null : site.getLocation().getX();
        return new ScheduledDelivery(stop.getId(), date, stop.getSequence(), window.arrival(), window.opens(),
                window.closes(), site.getId(), site.getName(), site.getKind().name(), site.getAddress(), lat, lon,
                route.getVehicle().getId(), route.getVehicle().getLabel(), route.getVehicle().getOrganisation(),
                items, totalKg, confirmation == null ? null : confirmation(confirmation));
    }

    private static ScheduledDelivery.Item item(RouteStopItem item, Integer deliveredUnits) {
        GoodsType goods = item.getGoods();
        return new ScheduledDelivery.Item(goods.getCode(), goods.getItalianName(), goods.getFamily().name(),
                item.getUnits(), goods.getUnit().name(), item.getWeightKg(), deliveredUnits);
    }

    private ScheduledDelivery.Confirmation confirmation(StopConfirmation confirmation) {
        var confirmedAt = confirmation.getConfirmedAt().atZoneSameInstant(zone);
        String at = " alle " + HOUR.format(confirmedAt);
        String text = switch (confirmation.getOutcome()) {
            case DELIVERED -> "consegnato" + at;
            case PARTIAL -> "consegnato in parte" + at;
            case NOT_DELIVERED -> "non consegnato (" + switch (confirmation.getReason()) {
                case CLOSED -> "chiuso";
                case REFUSED -> "rifiutato";
                case NO_TIME -> "tempo insufficiente";
                case VAN_BREAKDOWN -> "guasto al furgone";
            } + "), segnalato" + at;
        };
        return new ScheduledDelivery.Confirmation(confirmation.getOutcome().name(),
                confirmation.getReason() == null ? null : confirmation.getReason().name(),
                confirmedAt.toOffsetDateTime(), text);
    }
}
