package it.ccvmi.planner.data.stock;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the units of a lot are, by its movements: set aside for published plans ({@code reserved}), handed over
 * ({@code delivered}), still in the depot ({@code onHand}) and free to plan ({@code available}).
 */
public record LotBalance(StockLot lot, int reserved, int delivered) {

    public int onHand() {
        return lot.getUnits() - delivered;
    }

    public int available() {
        return lot.getUnits() - reserved - delivered;
    }

    /** The balance of every lot given (in their order), from movements of those lots (others are ignored). */
    public static Map<Long, LotBalance> of(Collection<StockLot> lots, Collection<StockMovement> movements) {
        Map<Long, int[]> reservedAndDelivered = new LinkedHashMap<>();
        lots.forEach(lot -> reservedAndDelivered.put(lot.getId(), new int[2]));
        for (StockMovement movement : movements) {
            int[] sums = reservedAndDelivered.get(movement.getLot().getId());
            if (sums != null) {
                sums[0] += movement.reservedChange();
                if (movement.getKind() == MovementKind.DELIVERED) {
                    sums[1] += movement.getUnits();
                }
            }
        }
        Map<Long, LotBalance> balances = new LinkedHashMap<>();
        for (StockLot lot : lots) {
            int[] sums = reservedAndDelivered.get(lot.getId());
            balances.put(lot.getId(), new LotBalance(lot, sums[0], sums[1]));
        }
        return balances;
    }
}
