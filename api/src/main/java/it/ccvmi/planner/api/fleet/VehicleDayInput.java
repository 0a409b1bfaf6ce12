package it.ccvmi.planner.api.fleet;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a van works on one date, as a planner sets it.
 *
 * @param shiftStart HH:MM; with shiftEnd it replaces the van's own shift that day, both blank keep it
 * @param crew       who drives, and notes ("Mario e Luca", "in officina")
 */
public record VehicleDayInput(
        @NotNull(message = "indicare se il furgone è disponibile (true o false)") Boolean available,
        String shiftStart,
        String shiftEnd,
        @Size(max = 500, message = "al massimo 500 caratteri") String crew) {
}
