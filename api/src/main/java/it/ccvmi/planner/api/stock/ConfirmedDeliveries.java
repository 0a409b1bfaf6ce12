package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.api.delivery.StopConfirmed;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.stock.ActiveReservation;
import it.ccvmi.planner.data.stock.MovementKind;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.data.stock.StockMovement;
import it.ccvmi.planner.data.stock.StockMovementRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Books a crew's confirmation in the ledger, in the confirming transaction: for every item of the stop, the units
 * handed over turn its reservations DELIVERED (lots first expiring first), the rest of them are RELEASED back to
 * the depot.
 */
@Component
class ConfirmedDeliveries {

    private final StockLotRepository lots;
    private final StockMovementRepository movements;
    private final Clock clock;

    ConfirmedDeliveries(StockLotRepository lots, StockMovementRepository movements, Clock clock) {
        this.lots = lots;
        this.movements = movements;
        this.clock = clock;
    }

    /** @throws ApiProblem 409 when an item is confirmed with more units than it still has reserved */
    @EventListener
    void book(StopConfirmed confirmed) {
        Map<Long, Integer> deliveredByItem = new TreeMap<>(confirmed.deliveredUnitsByItemId());
        TreeSet<Long> lotIds = new TreeSet<>();
        deliveredByItem.keySet().forEach(itemId -> movements.findByItemId(itemId)
                .forEach(movement -> lotIds.add(movement.getLot().getId())));
        if (lotIds.isEmpty()) {
            return; // a plan published before the ledger existed reserved nothing
        }
        lots.lockAll(lotIds); // then read the reservations again: a concurrent change has committed by now
        OffsetDateTime at = OffsetDateTime.ofInstant(confirmed.confirmedAt(), clock.getZone());
        deliveredByItem.forEach((itemId, delivered) -> book(itemId, delivered, at));
        movements.flush();
    }

    private void book(long itemId, int delivered, OffsetDateTime at) {
        List<ActiveReservation> reserved = ActiveReservation.of(movements.findByItemId(itemId));
        int held = reserved.stream().mapToInt(ActiveReservation::units).sum();
        if (delivered > held) {
            throw ApiProblem.conflict("Consegna non registrabile", "La voce " + itemId + " ha " + held
                    + " unità riservate in magazzino: non se ne possono consegnare " + delivered + ".");
        }
        int left = delivered;
        for (ActiveReservation reservation : reserved) {
            int handedOver = Math.min(left, reservation.units());
            left -= handedOver;
            record(reservation, MovementKind.DELIVERED, handedOver, at);
            record(reservation, MovementKind.RELEASED, reservation.units() - handedOver, at);
        }
    }

    private void record(ActiveReservation reservation, MovementKind kind, int units, OffsetDateTime at) {
        if (units > 0) {
            movements.save(new StockMovement(reservation.lot(), kind, units, reservation.version(),
                    reservation.item(), at));
        }
    }
}
