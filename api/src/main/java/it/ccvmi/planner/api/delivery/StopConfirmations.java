package it.ccvmi.planner.api.delivery;

import it.ccvmi.planner.api.delivery.ConfirmationInput.ItemUnits;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.delivery.ConfirmedItem;
import it.ccvmi.planner.data.delivery.DeliveryOutcome;
import it.ccvmi.planner.data.delivery.NotDeliveredReason;
import it.ccvmi.planner.data.delivery.StopConfirmation;
import it.ccvmi.planner.data.delivery.StopConfirmationRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a crew's confirmation of a stop, once: the same confirmationId again (a retry after a lost answer) gets
 * the stored answer and changes nothing; another confirmation of a confirmed stop is a conflict. Publishes
 * {@link StopConfirmed} in the same transaction, so the stock ledger's bookings and the confirmation stand or
 * fall together.
 */
@Component
class StopConfirmations {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final StopConfirmationRepository confirmations;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StopConfirmations(StopConfirmationRepository confirmations, EntityManager entities,
            ApplicationEventPublisher events, Clock clock) {
        this.confirmations = confirmations;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ApiProblem 404 when the stop is not on the route, 400 for invalid input, 409 when the stop has
     *                    another confirmation or the id was used for another stop
     */
    @Transactional
    ConfirmationView confirm(long routeId, long stopId, ConfirmationInput input) {
        RouteStop stop = onRoute(routeId, stopId).orElseThrow(() -> ApiProblem.notFound("La tappa " + stopId
                + " non è di questo giro."));
        if (stop.isReload()) {
            throw ApiProblem.conflict("Rientro in magazzino", "La tappa " + stop.getSequence() + " è un rientro in"
                    + " magazzino per caricare il giro successivo: non c'è niente da confermare.");
        }
        UUID confirmationId = confirmationId(input.confirmationId());
        var replay = confirmations.findByConfirmationId(confirmationId);
        if (replay.isPresent()) {
            long replayed = replay.get().getStop().getId();
            if (replayed != stopId && replayed != stop.getId()) {
                throw ApiProblem.conflict("Conferma già usata", "Questa conferma è già stata registrata per "
                        + "un'altra tappa: ogni conferma ha il suo identificativo.");
            }
            return view(replay.get());
        }
        confirmations.findByStopId(stop.getId()).ifPresent(earlier -> {
            throw ApiProblem.conflict("Tappa già confermata", "La tappa " + stop.getSequence() + " ("
                    + stop.getSite().getName() + ") è già stata confermata alle "
                    + HOUR.format(earlier.getConfirmedAt().atZoneSameInstant(clock.getZone())) + ": "
                    + outcomeWords(earlier.getOutcome()) + ". Per correggerla chiama la centrale operativa.");
        });
        DeliveryOutcome outcome = outcome(input.outcome());
        NotDeliveredReason reason = reason(outcome, input.reason());
        Map<RouteStopItem, Integer> delivered = delivered(stop, outcome, input.items());
        OffsetDateTime confirmedAt = confirmedAt(input.confirmedAt());
        StopConfirmation confirmation = confirmations.saveAndFlush(new StopConfirmation(confirmationId, stop,
                outcome, reason, delivered, confirmedAt, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        Map<Long, Integer> unitsByItemId = new HashMap<>();
        delivered.forEach((item, units) -> unitsByItemId.put(item.getId(), units));
        events.publishEvent(new StopConfirmed(stop.getId(), unitsByItemId, confirmedAt.toInstant()));
        return view(confirmation);
    }

    /**
     * The stop of the route, named by its id or, when a re-plan was published since the crew's page was loaded, by
     * the id of the earlier stop it keeps (a phone sends confirmations queued offline with the ids it had).
     */
    private Optional<RouteStop> onRoute(long routeId, long stopId) {
        Route route = entities.find(Route.class, routeId);
        for (RouteStop stop : route.getStops()) {
            for (RouteStop same = stop; same != null; same = same.getKeptStop().orElse(null)) {
                if (same.getId() == stopId) {
                    return Optional.of(stop);
                }
            }
        }
        return Optional.empty();
    }

    /** The confirmations of some stops, by stop id. */
    @Transactional(readOnly = true)
    Map<Long, ConfirmationView> ofRoute(long routeId) {
        Map<Long, ConfirmationView> byStop = new HashMap<>();
        entities.createQuery("SELECT c FROM StopConfirmation c WHERE c.stop.route.id = :route",
                        StopConfirmation.class).setParameter("route", routeId).getResultList()
                .forEach(confirmation -> byStop.put(confirmation.getStop().getId(), view(confirmation)));
        return byStop;
    }

    private ConfirmationView view(StopConfirmation confirmation) {
        ZoneId zone = clock.getZone();
        List<ConfirmationView.DeliveredItem> items = confirmation.getItems().stream()
                .sorted(Comparator.comparing((ConfirmedItem item) -> item.getItem().getGoods().getCode()))
                .map(item -> new ConfirmationView.DeliveredItem(item.getItem().getId(),
                        item.getItem().getGoods().getCode(), item.getItem().getUnits(), item.getUnits()))
                .toList();
        return new ConfirmationView(confirmation.getConfirmationId(), confirmation.getStop().getId(),
                confirmation.getOutcome().name(),
                confirmation.getReason() == null ? null : confirmation.getReason().name(),
                confirmation.getConfirmedAt().atZoneSameInstant(zone).toOffsetDateTime(),
                confirmation.getReceivedAt().atZoneSameInstant(zone).toOffsetDateTime(), items);
    }

    private static String outcomeWords(DeliveryOutcome outcome) {
        return switch (outcome) {
            case DELIVERED -> "consegnata";
            case PARTIAL -> "consegnata in parte";
            case NOT_DELIVERED -> "non consegnata";
        };
    }

    private static UUID confirmationId(String text) {
        try {
            if (text != null) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below
        }
        throw ApiProblem.invalidField("confirmationId",
                "manca o non è un UUID (es. 3f2b1c4e-8d1a-4c7e-9b0a-2e5f6a7b8c9d)");
    }

    private static DeliveryOutcome outcome(String text) {
        for (DeliveryOutcome outcome : DeliveryOutcome.values()) {
            if (outcome.name().equals(text)) {
                return outcome;
            }
        }
        throw ApiProblem.invalidField("outcome", "deve essere DELIVERED, PARTIAL o NOT_DELIVERED");
    }

    private static NotDeliveredReason reason(DeliveryOutcome outcome, String text) {
        if (outcome != DeliveryOutcome.NOT_DELIVERED) {
            if (text != null) {
                throw ApiProblem.invalidField("reason", "il motivo si indica solo per una consegna non fatta");
            }
            return null;
        }
        for (NotDeliveredReason reason : NotDeliveredReason.values()) {
            if (reason.name().equals(text)) {
                return reason;
            }
        }
        throw ApiProblem.invalidField("reason",
                "indica perché non hai consegnato: CLOSED, REFUSED, NO_TIME o VAN_BREAKDOWN");
    }

    /** Units handed over per item of the stop: all when delivered, none when not, as the crew says when partial. */
    private static Map<RouteStopItem, Integer> delivered(RouteStop stop, DeliveryOutcome outcome,
            List<ItemUnits> given) {
        Map<RouteStopItem, Integer> delivered = new LinkedHashMap<>();
        if (outcome != DeliveryOutcome.PARTIAL) {
            if (given != null && !given.isEmpty()) {
                throw ApiProblem.invalidField("items", "le unità per merce si indicano solo per una consegna in parte");
            }
            stop.getItems().forEach(item -> delivered.put(item,
                    outcome == DeliveryOutcome.DELIVERED ? item.getUnits() : 0));
            return delivered;
        }
        Map<Long, RouteStopItem> items = new HashMap<>();
        stop.getItems().forEach(item -> items.put(item.getId(), item));
        if (given == null || given.size() != items.size()) {
            throw ApiProblem.invalidField("items", "indica le unità consegnate di ognuna delle " + items.size()
                    + " merci della tappa");
        }
        for (int index = 0; index < given.size(); index++) {
            ItemUnits line = given.get(index);
            RouteStopItem item = line.itemId() == null ? null : items.get(line.itemId());
            if (item == null || delivered.containsKey(item)) {
                throw ApiProblem.invalidField("items[" + index + "].itemId",
                        "non è una merce di questa tappa (o è ripetuta)");
            }
            if (line.units() == null || line.units() < 0 || line.units() > item.getUnits()) {
                throw ApiProblem.invalidField("items[" + index + "].units",
                        "scrivi un numero da 0 a " + item.getUnits() + " (" + item.getGoods().getItalianName() + ")");
            }
            delivered.put(item, line.units());
        }
        int planned = stop.getItems().stream().mapToInt(RouteStopItem::getUnits).sum();
        int handed = delivered.values().stream().mapToInt(Integer::intValue).sum();
        if (handed == planned) {
            throw ApiProblem.invalidField("items", "hai consegnato tutto: scegli «Consegnato»");
        }
        if (handed == 0) {
            throw ApiProblem.invalidField("items", "nessuna unità consegnata: scegli «Non consegnato» con il motivo");
        }
        return delivered;
    }

    private static OffsetDateTime confirmedAt(String text) {
        try {
            if (text != null) {
                return OffsetDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS); // what the answer repeats
            }
        } catch (DateTimeParseException notATime) {
            // answered below
        }
        throw ApiProblem.invalidField("confirmedAt",
                "manca o non è una data e ora con fuso orario (es. 2033-01-03T10:12:00+01:00)");
    }
}
