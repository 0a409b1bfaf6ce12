package it.ccvmi.planner.api.fleet;

import it.ccvmi.planner.data.fleet.Vehicle;
import java.math.BigDecimal;
import java.time.LocalTime;

public record VehicleView(Long id, String organisation, String label, BigDecimal capacityKg, BigDecimal capacityM3,
        boolean refrigerated, LocalTime shiftStart, LocalTime shiftEnd, Long homeDepotId, String homeDepotName) {

    static VehicleView of(Vehicle vehicle) {
        return new VehicleView(vehicle.getId(), vehicle.getOrganisation(), vehicle.getLabel(), vehicle.getCapacityKg(),
                vehicle.getCapacityM3(), vehicle.isRefrigerated(), vehicle.getShiftStart(), vehicle.getShiftEnd(),
                vehicle.getHomeDepot().getId(), vehicle.getHomeDepot().getName());
    }
}
