package it.ccvmi.planner.api.stock;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lot as a client sends it. weightKg may be left out (units times the unit weight), depotId too when
 * there is only one depot; expiryDate is empty for goods that do not expire.
 */
public record StockLotInput(
        @NotBlank String goodsCode,
        @NotNull @Positive Integer units,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal weightKg,
        @NotNull LocalDate arrivalDate,
        LocalDate expiryDate,
        Long depotId,
        @Size(max = 160) String donor) {
}
