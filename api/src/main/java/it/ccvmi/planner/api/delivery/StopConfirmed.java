package it.ccvmi.planner.api.delivery;

import java.time.Instant;
import java.util.Map;

/**
 * A crew's confirmation of one stop of a published route, published inside the transaction that stores it:
 * listeners (the stock ledger) act in that same transaction, so if one fails the confirmation is not stored either.
 *
 * @param routeStopId            the confirmed stop
 * @param deliveredUnitsByItemId units handed over per item of the stop (route_stop_item id), one entry for every
 *                               item: its planned units when delivered, fewer when partial, 0 when not delivered
 * @param confirmedAt            when the crew confirmed it (the phone's time, which may precede a late upload)
 */
public record StopConfirmed(long routeStopId, Map<Long, Integer> deliveredUnitsByItemId, Instant confirmedAt) {

    public StopConfirmed {
        deliveredUnitsByItemId = Map.copyOf(deliveredUnitsByItemId);
    }
}
