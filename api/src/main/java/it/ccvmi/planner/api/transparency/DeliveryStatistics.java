package it.ccvmi.planner.api.transparency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What was delivered over a period: counts of van visits (stops) and of goods handed over (items), units and kg,
 * in total, per goods family, per goods category and per comune.
 *
 * <p>Two measures side by side: {@code units} and {@code kg} are <em>planned</em> (what the published plans put on
 * the vans); {@code deliveredUnits} and {@code deliveredKg} are <em>confirmed</em> (what the crews confirmed
 * handing over, counted only at stops they confirmed, kg in proportion to units); {@code confirmedStops} says how
 * many of the stops were confirmed. Until crews confirm, the delivered figures are 0.
 */
public record DeliveryStatistics(LocalDate from, LocalDate to, int publishedDays, Totals totals,
        List<FamilyTotals> perFamily, List<CategoryTotals> perCategory, List<ComuneTotals> perComune) {

    public record Totals(long stops, long items, long units, BigDecimal kg, int comuniServed, long confirmedStops,
            long deliveredUnits, BigDecimal deliveredKg) {
    }

    public record FamilyTotals(String family, long items, long units, BigDecimal kg, long deliveredUnits,
            BigDecimal deliveredKg) {
    }

    public record CategoryTotals(String goodsCode, String goodsName, String family, long items, long units,
            BigDecimal kg, long deliveredUnits, BigDecimal deliveredKg) {
    }

    public record ComuneTotals(String istat, String name, long stops, long items, long units, BigDecimal kg,
            long confirmedStops, long deliveredUnits, BigDecimal deliveredKg, List<CategoryTotals> perCategory) {
    }
}
