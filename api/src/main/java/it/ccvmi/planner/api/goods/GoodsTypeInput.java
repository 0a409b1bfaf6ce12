package it.ccvmi.planner.api.goods;

import it.ccvmi.planner.planning.goods.GoodsFamily;
import it.ccvmi.planner.planning.goods.GoodsUnit;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A goods type as a client sends it; limits are those of the goods_type columns. */
public record GoodsTypeInput(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "lettere maiuscole, cifre e _, al massimo 32")
        String code,
        @NotBlank @Size(max = 80) String italianName,
        @NotNull GoodsFamily family,
        @NotNull TemperatureClass temperatureClass,
        @NotNull GoodsUnit unit,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 3)
        BigDecimal unitWeightKg,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 4)
        BigDecimal unitVolumeM3) {
}
