package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.stock.StockLot;
import java.math.BigDecimal;
import java.time.LocalDate;

public record StockLotView(Long id, String goodsCode, String goodsName, int units, BigDecimal weightKg,
        LocalDate arrivalDate, LocalDate expiryDate, Long depotId, String depotName, String donor, long version) {

    static StockLotView of(StockLot lot) {
        return new StockLotView(lot.getId(), lot.getGoodsType().getCode(), lot.getGoodsType().getItalianName(),
                lot.getUnits(), lot.getWeightKg(), lot.getArrivalDate(), lot.getExpiryDate(), lot.getDepot().getId(),
                lot.getDepot().getName(), lot.getDonor(), lot.getVersion());
    }

    /** The lot with only its units still available (and their weight). */
    static StockLotView of(AvailableLot available) {
        StockLot lot = available.lot();
        return new StockLotView(lot.getId(), lot.getGoodsType().getCode(), lot.getGoodsType().getItalianName(),
                available.units(), available.weightKg(), lot.getArrivalDate(), lot.getExpiryDate(),
                lot.getDepot().getId(), lot.getDepot().getName(), lot.getDonor(), lot.getVersion());
    }

    /** The HTTP entity tag: a client sends it back in If-Match to change only what it read. */
    String eTag() {
        return EntityTags.of(version);
    }
}
