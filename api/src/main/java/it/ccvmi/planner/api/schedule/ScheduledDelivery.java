package it.ccvmi.planner.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One van's visit to a site of the comune: when, where, who brings it and what; once the crew confirmed the stop,
 * how it went ({@code confirmation}, null before).
 */
public record ScheduledDelivery(long stopId, LocalDate date, int sequence, LocalTime arrival, LocalTime windowStart,
        LocalTime windowEnd, long siteId, String siteName, String siteKind, String address, Double lat, Double lon,
        long vehicleId, String vanLabel, String organisation, List<Item> items, BigDecimal totalKg,
        Confirmation confirmation) {

    /** Goods handed over at the stop; {@code deliveredUnits} is what the crew confirmed (null until then). */
    public record Item(String goodsCode, String goodsName, String family, int units, String unit, BigDecimal kg,
            Integer deliveredUnits) {
    }

    /**
     * The crew's confirmation of the stop.
     *
     * @param outcome DELIVERED, PARTIAL or NOT_DELIVERED
     * @param reason  NOT_DELIVERED only: CLOSED, REFUSED, NO_TIME or VAN_BREAKDOWN
     * @param text    in Italian, e.g. "consegnato alle 10:12", "non consegnato (chiuso), segnalato alle 10:12"
     */
    public record Confirmation(String outcome, String reason, OffsetDateTime confirmedAt, String text) {
    }
}
