package it.ccvmi.planner.api.fleet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fleet/{date}")
@Tag(name = "Fleet of the day", description = "Furgoni del giorno: which vans work on a date, shift and crew")
class FleetDayController {

    private final FleetDayService fleet;

    FleetDayController(FleetDayService fleet) {
        this.fleet = fleet;
    }

    @GetMapping
    @Operation(summary = "Every van on the date (no setting = available on its standard shift)")
    List<VehicleDayView> day(@PathVariable LocalDate date) {
        return fleet.day(date);
    }

    @PutMapping("/{vehicleId}")
    @Operation(summary = "Set a van's availability, shift (HH:MM, up to 24:00; both blank = its own) and crew")
    VehicleDayView set(@PathVariable LocalDate date, @PathVariable long vehicleId,
            @Valid @RequestBody VehicleDayInput input) {
        return fleet.set(date, vehicleId, input);
    }

    @DeleteMapping("/{vehicleId}")
    @Operation(summary = "Back to the van's standard day: available on its own shift")
    ResponseEntity<Void> reset(@PathVariable LocalDate date, @PathVariable long vehicleId) {
        fleet.reset(date, vehicleId);
        return ResponseEntity.noContent().build();
    }
}
