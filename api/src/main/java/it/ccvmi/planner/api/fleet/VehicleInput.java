package it.ccvmi.planner.api.fleet;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;

/** A van as a client sends it; homeDepotId may be left out when there is only one depot. */
public record VehicleInput(
        @NotBlank @Size(max = 160) String organisation,
        @NotBlank @Size(max = 80) String label,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 1) BigDecimal capacityKg,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 2) BigDecimal capacityM3,
        @NotNull Boolean refrigerated,
        @NotNull LocalTime shiftStart,
        @NotNull LocalTime shiftEnd,
        Long homeDepotId) {
}
