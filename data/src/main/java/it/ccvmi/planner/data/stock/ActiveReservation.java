package it.ccvmi.planner.data.stock;

import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.RouteStopItem;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units of a lot still set aside for a stop item: reserved, and neither released nor delivered yet. */
public record ActiveReservation(StockLot lot, PlanVersion version, RouteStopItem item, int units) {

    /** The active reservations among the movements, lots first-expiring-first, then by item. */
    public static List<ActiveReservation> of(Collection<StockMovement> movements) {
        record Key(long lotId, long itemId) {
        }
        Map<Key, ActiveReservation> byKey = new LinkedHashMap<>();
        for (StockMovement movement : movements) {
            Key key = new Key(movement.getLot().getId(), movement.getItem().getId());
            ActiveReservation sum = byKey.get(key);
            int units = (sum == null ? 0 : sum.units()) + movement.reservedChange();
            byKey.put(key,
                    new ActiveReservation(movement.getLot(), movement.getPlanVersion(), movement.getItem(), units));
        }
        return byKey.values().stream().filter(reservation -> reservation.units() > 0)
                .sorted(Comparator.comparing(ActiveReservation::lot, StockLot.FIRST_EXPIRING_FIRST)
                        .thenComparing(reservation -> reservation.item().getId()))
                .toList();
    }
}
