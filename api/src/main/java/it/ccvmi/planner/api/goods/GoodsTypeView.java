package it.ccvmi.planner.api.goods;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.planning.goods.GoodsFamily;
import it.ccvmi.planner.planning.goods.GoodsUnit;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import java.math.BigDecimal;

public record GoodsTypeView(String code, String italianName, GoodsFamily family, TemperatureClass temperatureClass,
        GoodsUnit unit, BigDecimal unitWeightKg, BigDecimal unitVolumeM3) {

    static GoodsTypeView of(GoodsType type) {
        return new GoodsTypeView(type.getCode(), type.getItalianName(), type.getFamily(), type.getTemperatureClass(),
                type.getUnit(), type.getUnitWeightKg(), type.getUnitVolumeM3());
    }
}
