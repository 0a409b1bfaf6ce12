package it.ccvmi.planner.api.fleet;

import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.fleet.Vehicle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

public record VehicleView(Long id, String organisation, String label, BigDecimal capacityKg, BigDecimal capacityM3,
        boolean refrigerated, LocalTime shiftStart, LocalTime shiftEnd, Long homeDepotId, String homeDepotName,
        LocalDate demoDay, long version) {

    static VehicleView of(Vehicle vehicle) {
        return new VehicleView(vehicle.getId(), vehicle.getOrganisation(), vehicle.getLabel(), vehicle.getCapacityKg(),
                vehicle.getCapacityM3(), vehicle.isRefrigerated(), vehicle.getShiftStart(), vehicle.getShiftEnd(),
                vehicle.getHomeDepot().getId(), vehicle.getHomeDepot().getName(), vehicle.getDemoDay(),
                vehicle.getVersion());
    }

    /** The HTTP entity tag: a client sends it back in If-Match to change only what it read. */
    String eTag() {
        return EntityTags.of(version);
    }
}
