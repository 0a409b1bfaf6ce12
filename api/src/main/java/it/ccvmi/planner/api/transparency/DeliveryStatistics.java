package it.ccvmi.planner.api.transparency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What was delivered over a period according to the published plans: counts of van visits (stops) and of goods
 * handed over (items), units and kg, in total, per goods family, per goods category and per comune.
 */
public record DeliveryStatistics(LocalDate from, LocalDate to, int publishedDays, Totals totals,
        List<FamilyTotals> perFamily, List<CategoryTotals> perCategory, List<ComuneTotals> perComune) {

    public record Totals(long stops, long items, long units, BigDecimal kg, int comuniServed) {
    }

    public record FamilyTotals(String family, long items, long units, BigDecimal kg) {
    }

    public record CategoryTotals(String goodsCode, String goodsName, String family, long items, long units,
            BigDecimal kg) {
    }

    public record ComuneTotals(String istat, String name, long stops, long items, long units, BigDecimal kg,
            List<CategoryTotals> perCategory) {
    }
}
