package it.ccvmi.planner.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One van's visit to a site of the comune: when, where, who brings it and what. */
public record ScheduledDelivery(long stopId, LocalDate date, int sequence, LocalTime arrival, LocalTime windowStart,
        LocalTime windowEnd, long siteId, String siteName, String siteKind, String address, Double lat, Double lon,
        long vehicleId, String vanLabel, String organisation, List<Item> items, BigDecimal totalKg) {

    /** Goods handed over at the stop. */
    public record Item(String goodsCode, String goodsName, String family, int units, String unit, BigDecimal kg) {
    }
}
