package it.ccvmi.planner.api.transparency;

import it.ccvmi.planner.api.transparency.DeliveryStatistics.CategoryTotals;
import it.ccvmi.planner.api.transparency.DeliveryStatistics.ComuneTotals;
import it.ccvmi.planner.api.transparency.DeliveryStatistics.FamilyTotals;
import it.ccvmi.planner.api.transparency.DeliveryStatistics.Totals;
import it.ccvmi.planner.planning.goods.GoodsFamily;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds up the goods of the published plan versions in a period (drafts and superseded versions never count): what
 * the plans put on the vans, and what the crews confirmed handing over.
 */
@Service
@Transactional(readOnly = true)
class StatisticsReader {

    private static final String PUBLISHED_IN_PERIOD = """
            r.planVersion.status = it.ccvmi.planner.data.plan.PlanStatus.PUBLISHED
            AND r.planVersion.plan.deliveryDate BETWEEN :from AND :to""";

    private final EntityManager entities;

    StatisticsReader(EntityManager entities) {
        this.entities = entities;
    }

    DeliveryStatistics between(LocalDate from, LocalDate to) {
        List<Row> rows = entities.createQuery("""
                SELECT c.istatCode, c.name, g.code, g.italianName, g.family, COUNT(i), SUM(i.units), SUM(i.weightKg),
                    SUM(COALESCE(delivered.units, 0)),
                    SUM(CASE WHEN delivered.id IS NULL THEN 0 ELSE i.weightKg * delivered.units / i.units END)
                FROM RouteStopItem i JOIN i.stop s JOIN s.route r JOIN s.site site JOIN site.comune c JOIN i.goods g
                LEFT JOIN ConfirmedItem delivered ON delivered.item = i
                WHERE %s
                GROUP BY c.istatCode, c.name, g.code, g.italianName, g.family
                ORDER BY c.istatCode, g.code
                """.formatted(PUBLISHED_IN_PERIOD), Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream().map(Row::of).toList();
        Map<String, Stops> stopsPerComune = entities.createQuery("""
                SELECT s.site.comune.istatCode, COUNT(s), COUNT(confirmation) FROM RouteStop s JOIN s.route r
                LEFT JOIN StopConfirmation confirmation ON confirmation.stop = s
                WHERE %s AND s.reload = false GROUP BY s.site.comune.istatCode
                """.formatted(PUBLISHED_IN_PERIOD), Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .collect(Collectors.toMap(counts -> (String) counts[0], counts -> new Stops(
                        ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue())));
        Long days = entities.createQuery("""
                SELECT COUNT(v) FROM PlanVersion v
                WHERE v.status = it.ccvmi.planner.data.plan.PlanStatus.PUBLISHED
                  AND v.plan.deliveryDate BETWEEN :from AND :to
                """, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();

        List<ComuneTotals> perComune = perComune(rows, stopsPerComune);
        List<CategoryTotals> perCategory = categories(rows);
        Totals totals = new Totals(stopsPerComune.values().stream().mapToLong(Stops::all).sum(),
                sum(rows, Row::items), sum(rows, Row::units), kg(rows), perComune.size(),
                stopsPerComune.values().stream().mapToLong(Stops::confirmed).sum(), sum(rows, Row::deliveredUnits),
                deliveredKg(rows));
        return new DeliveryStatistics(from, to, days.intValue(), totals, perFamily(perCategory), perCategory,
                perComune);
    }

    /** One comune and goods category: what the aggregate query returns. */
    private record Row(String istat, String comuneName, String goodsCode, String goodsName, GoodsFamily family,
            long items, long units, BigDecimal kg, long deliveredUnits, BigDecimal deliveredKg) {

        static Row of(Object[] columns) {
            return new Row((String) columns[0], (String) columns[1], (String) columns[2], (String) columns[3],
                    (GoodsFamily) columns[4], ((Number) columns[5]).longValue(), ((Number) columns[6]).longValue(),
                    (BigDecimal) columns[7], ((Number) columns[8]).longValue(), decimal((Number) columns[9]));
        }

        CategoryTotals category() {
            return new CategoryTotals(goodsCode, goodsName, family.name(), items, units, kg, deliveredUnits,
                    deliveredKg);
        }
    }

    /** A comune's stops in the period, and how many of them the crews confirmed. */
    private record Stops(long all, long confirmed) {
    }

    private static List<ComuneTotals> perComune(List<Row> rows, Map<String, Stops> stops) {
        Map<String, List<Row>> byComune = rows.stream()
                .collect(Collectors.groupingBy(Row::istat, LinkedHashMap::new, Collectors.toList()));
        return byComune.values().stream().map(own -> {
            Stops comuneStops = stops.getOrDefault(own.get(0).istat(), new Stops(0, 0));
            return new ComuneTotals(own.get(0).istat(), own.get(0).comuneName(), comuneStops.all(),
                    sum(own, Row::items), sum(own, Row::units), kg(own), comuneStops.confirmed(),
                    sum(own, Row::deliveredUnits), deliveredKg(own), own.stream().map(Row::category).toList());
        }).toList();
    }

    private static List<CategoryTotals> categories(List<Row> rows) {
        Map<String, List<Row>> byGoods = rows.stream()
                .collect(Collectors.groupingBy(Row::goodsCode, LinkedHashMap::new, Collectors.toList()));
        return byGoods.values().stream()
                .map(same -> new CategoryTotals(same.get(0).goodsCode(), same.get(0).goodsName(),
                        same.get(0).family().name(), sum(same, Row::items), sum(same, Row::units), kg(same),
                        sum(same, Row::deliveredUnits), deliveredKg(same)))
                .sorted(Comparator.comparing(CategoryTotals::goodsCode))
                .toList();
    }

    private static List<FamilyTotals> perFamily(List<CategoryTotals> categories) {
        Map<String, List<CategoryTotals>> byFamily = categories.stream()
                .collect(Collectors.groupingBy(CategoryTotals::family, LinkedHashMap::new, Collectors.toList()));
        return byFamily.entrySet().stream()
                .map(family -> new FamilyTotals(family.getKey(),
                        family.getValue().stream().mapToLong(CategoryTotals::items).sum(),
                        family.getValue().stream().mapToLong(CategoryTotals::units).sum(),
                        family.getValue().stream().map(CategoryTotals::kg).reduce(BigDecimal.ZERO, BigDecimal::add),
                        family.getValue().stream().mapToLong(CategoryTotals::deliveredUnits).sum(),
                        family.getValue().stream().map(CategoryTotals::deliveredKg)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .sorted(Comparator.comparing(FamilyTotals::family))
                .toList();
    }

    private static long sum(List<Row> rows, ToLongFunction<Row> value) {
        return rows.stream().mapToLong(value).sum();
    }

    private static BigDecimal kg(List<Row> rows) {
        return rows.stream().map(Row::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal deliveredKg(List<Row> rows) {
        return rows.stream().map(Row::deliveredKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Delivered kg to the 10 g, whatever numeric type the database's division returns. */
    private static BigDecimal decimal(Number value) {
        BigDecimal exact = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
