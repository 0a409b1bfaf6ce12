package it.ccvmi.planner.data.goods;

import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.planning.goods.GoodsFamily;
import it.ccvmi.planner.planning.goods.GoodsUnit;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A category of goods: the six food categories of the programme and the medical goods. Reference
 * data seeded by Flyway; the code is the stable identifier, the Italian name what people write.
 */
@Entity
public class GoodsType {

    @Id
    private String code;

    private String italianName;

    @Enumerated(EnumType.STRING)
    private GoodsFamily family;

    @Enumerated(EnumType.STRING)
    private TemperatureClass temperatureClass;

    @Enumerated(EnumType.STRING)
    private GoodsUnit unit;

    private BigDecimal unitWeightKg;

    private BigDecimal unitVolumeM3;

    protected GoodsType() {
    }

    /** A new category; the code is its key and never changes. */
    public GoodsType(String code, String italianName, GoodsFamily family, TemperatureClass temperatureClass,
            GoodsUnit unit, BigDecimal unitWeightKg, BigDecimal unitVolumeM3) {
        this.code = code;
        describe(italianName, family, temperatureClass, unit, unitWeightKg, unitVolumeM3);
    }

    /** Changes everything but the code. */
    public void describe(String italianName, GoodsFamily family, TemperatureClass temperatureClass, GoodsUnit unit,
            BigDecimal unitWeightKg, BigDecimal unitVolumeM3) {
        this.italianName = italianName;
        this.family = family;
        this.temperatureClass = temperatureClass;
        this.unit = unit;
        this.unitWeightKg = unitWeightKg;
        this.unitVolumeM3 = unitVolumeM3;
    }

    public String getCode() {
        return code;
    }

    public String getItalianName() {
        return italianName;
    }

    public GoodsFamily getFamily() {
        return family;
    }

    public TemperatureClass getTemperatureClass() {
        return temperatureClass;
    }

    public GoodsUnit getUnit() {
        return unit;
    }

    public BigDecimal getUnitWeightKg() {
        return unitWeightKg;
    }

    public BigDecimal getUnitVolumeM3() {
        return unitVolumeM3;
    }

    /** The weight of so many units, to the 10 g: what a lot weighs when nobody weighed it. */
    public BigDecimal weightOf(int units) {
        return unitWeightKg.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GoodsType type && code.equals(type.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }

    /** This goods type as the planning pipeline reads it. */
    public GoodsCatalogue.Goods toGoods() {
        return new GoodsCatalogue.Goods(code, italianName, family, temperatureClass, unit, unitWeightKg, unitVolumeM3);
    }
}
