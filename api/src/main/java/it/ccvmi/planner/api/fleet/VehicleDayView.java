package it.ccvmi.planner.api.fleet;

import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleDay;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A van on one date: whether it works, on which shift (HH:MM, up to 24:00) and with which crew.
 *
 * @param ownShift    whether the day's shift replaces the van's standard one
 * @param standardDay whether nothing was set for the date (available on the standard shift)
 */
public record VehicleDayView(LocalDate date, Long vehicleId, String organisation, String label,
        BigDecimal capacityKg, boolean refrigerated, boolean available, String shiftStart, String shiftEnd,
        String standardShiftStart, String standardShiftEnd, boolean ownShift, String crew, boolean standardDay) {

    static VehicleDayView of(Vehicle vehicle, LocalDate date, VehicleDay day) {
        if (day == null) {
            return new VehicleDayView(date, vehicle.getId(), vehicle.getOrganisation(), vehicle.getLabel(),
                    vehicle.getCapacityKg(), vehicle.isRefrigerated(), true, ShiftTimes.format(vehicle.getShiftStart()),
                    ShiftTimes.format(vehicle.getShiftEnd()), ShiftTimes.format(vehicle.getShiftStart()),
                    ShiftTimes.format(vehicle.getShiftEnd()), false, null, true);
        }
        return new VehicleDayView(date, vehicle.getId(), vehicle.getOrganisation(), vehicle.getLabel(),
                vehicle.getCapacityKg(), vehicle.isRefrigerated(), day.isAvailable(),
                ShiftTimes.format(day.shiftStart()), ShiftTimes.format(day.shiftEnd()),
                ShiftTimes.format(vehicle.getShiftStart()), ShiftTimes.format(vehicle.getShiftEnd()),
                day.hasOwnShift(), day.getCrew(), false);
    }
}
