package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.data.stock.StockLot;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The units of a lot that a delivery day's plan may still hand out (what the fair split divides). */
public record AvailableLot(StockLot lot, int units) {

    /** The weight of those units, at the lot's weight per unit. */
    public BigDecimal weightKg() {
        return units == lot.getUnits() ? lot.getWeightKg()
                : lot.getWeightKg().multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(lot.getUnits()), 2,
                        RoundingMode.HALF_UP);
    }
}
