package it.ccvmi.planner.planning.goods;

import static it.ccvmi.planner.planning.goods.GoodsFamily.FOOD;
import static it.ccvmi.planner.planning.goods.GoodsFamily.MEDICAL;
import static it.ccvmi.planner.planning.goods.GoodsUnit.BOX;
import static it.ccvmi.planner.planning.goods.GoodsUnit.CASE;
import static it.ccvmi.planner.planning.goods.GoodsUnit.KIT;
import static it.ccvmi.planner.solver.routing.model.TemperatureClass.AMBIENT;
import static it.ccvmi.planner.solver.routing.model.TemperatureClass.CHILLED;

import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The goods types as plain values, for code that runs without a database (the planning pipeline's
 * {@code main}, benchmarks). The database (seeded by migration V1_3) is the source of truth for the service,
 * which builds its catalogue with {@link #of(List)}; {@link #standard()} is the same seed as values, and
 * a test on both databases checks that the two agree.
 */
public record GoodsCatalogue(Map<String, Goods> goodsByCode) {

    /** One goods type: what the fair split and the van loading need to know about it. */
    public record Goods(String code, String italianName, GoodsFamily family, TemperatureClass temperatureClass,
            GoodsUnit unit, BigDecimal unitWeightKg, BigDecimal unitVolumeM3) {

        public Goods {
            Objects.requireNonNull(code, "code");
            // The database returns numeric columns with their column scale: compare values, not scales.
            unitWeightKg = unitWeightKg.stripTrailingZeros();
            unitVolumeM3 = unitVolumeM3.stripTrailingZeros();
        }
    }

    public GoodsCatalogue {
        goodsByCode = Collections.unmodifiableMap(new LinkedHashMap<>(goodsByCode));
    }

    /** The catalogue of these goods types, in their order (the service builds it from the database). */
    public static GoodsCatalogue of(List<Goods> goods) {
        Map<String, Goods> byCode = new LinkedHashMap<>();
        goods.forEach(item -> byCode.put(item.code(), item));
        return new GoodsCatalogue(byCode);
    }

    /** The goods types migration V1_3 seeds (see its comments for what one unit is). */
    public static GoodsCatalogue standard() {
        return of(List.of(
                goods(GoodsCodes.BEVANDE, "Bevande", FOOD, AMBIENT, CASE, "9.5", "0.013"),
                goods(GoodsCodes.FORMAGGI_LATTICINI, "Formaggi e latticini", FOOD, CHILLED, CASE, "6", "0.015"),
                goods(GoodsCodes.FRUTTA_VERDURA, "Frutta e verdura", FOOD, AMBIENT, CASE, "10", "0.04"),
                goods(GoodsCodes.PANE_DOLCI, "Pane e dolci", FOOD, AMBIENT, CASE, "4", "0.03"),
                goods(GoodsCodes.PASTA_RISO, "Pasta e riso", FOOD, AMBIENT, CASE, "12", "0.025"),
                goods(GoodsCodes.ALTRI_ALIMENTARI, "Altri alimentari", FOOD, AMBIENT, CASE, "8", "0.018"),
                goods(GoodsCodes.DPI, "DPI", MEDICAL, AMBIENT, BOX, "3.5", "0.05"),
                goods(GoodsCodes.FLU_VACCINE_KIT, "Kit vaccino antinfluenzale", MEDICAL, CHILLED, KIT, "2.5", "0.012"),
                goods(GoodsCodes.MEDICINES, "Farmaci", MEDICAL, AMBIENT, BOX, "5", "0.02")));
    }

    private static Goods goods(String code, String name, GoodsFamily family, TemperatureClass temperature,
            GoodsUnit unit, String kg, String m3) {
        return new Goods(code, name, family, temperature, unit, new BigDecimal(kg), new BigDecimal(m3));
    }

    /** @throws IllegalArgumentException naming the code when the catalogue has no such goods type */
    public Goods get(String code) {
        Goods goods = goodsByCode.get(code);
        if (goods == null) {
            throw new IllegalArgumentException("unknown goods type '" + code + "' (known: " + goodsByCode.keySet() + ")");
        }
        return goods;
    }

    public Collection<Goods> all() {
        return goodsByCode.values();
    }

    /** Unit weight per code, as the scenario generator takes it. */
    public Map<String, Double> unitWeightsKg() {
        Map<String, Double> weights = new LinkedHashMap<>();
        goodsByCode.forEach((code, goods) -> weights.put(code, goods.unitWeightKg().doubleValue()));
        return weights;
    }
}
