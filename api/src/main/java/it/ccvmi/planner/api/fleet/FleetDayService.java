package it.ccvmi.planner.api.fleet;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleDay;
import it.ccvmi.planner.data.fleet.VehicleDayRepository;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Furgoni del giorno": which vans work on a date, on which shift, with which crew. */
@Service
@Transactional
class FleetDayService {

    private final VehicleRepository vehicles;
    private final VehicleDayRepository days;

    FleetDayService(VehicleRepository vehicles, VehicleDayRepository days) {
        this.vehicles = vehicles;
        this.days = days;
    }

    /**
     * Every van that can work on the date (demo vans only on their demo day); a van nothing was set for is
     * available on its standard shift.
     */
    @Transactional(readOnly = true)
    List<VehicleDayView> day(LocalDate date) {
        Map<Long, VehicleDay> set = days.findByWorkDate(date).stream()
                .collect(Collectors.toMap(day -> day.getVehicle().getId(), Function.identity()));
        return vehicles.findAllWithDepot().stream().filter(vehicle -> vehicle.worksOn(date))
                .map(vehicle -> VehicleDayView.of(vehicle, date, set.get(vehicle.getId()))).toList();
    }

    /**
     * @throws ApiProblem 400 naming the field (nothing saved), 404 for an unknown van, 409 for a day other than a
     *                    demo van's own
     */
    VehicleDayView set(LocalDate date, long vehicleId, VehicleDayInput input) {
        Vehicle vehicle = find(vehicleId);
        if (!vehicle.worksOn(date)) {
            throw ApiProblem.conflict(vehicle.demoDayOnlyMessage());
        }
        LocalTime start = time("shiftStart", input.shiftStart());
        LocalTime end = time("shiftEnd", input.shiftEnd());
        if (start == null && end != null) {
            throw ApiProblem.invalidField("shiftStart", "indicare anche l'inizio del turno, o lasciare vuoti entrambi");
        }
        if (start != null && end == null) {
            throw ApiProblem.invalidField("shiftEnd", "indicare anche la fine del turno, o lasciare vuoti entrambi");
        }
        if (start != null && !start.isBefore(end)) {
            throw ApiProblem.invalidField("shiftEnd",
                    "la fine del turno deve venire dopo l'inizio (" + ShiftTimes.format(start) + ")");
        }
        VehicleDay day = days.findByVehicleAndWorkDate(vehicle, date).orElseGet(() -> new VehicleDay(vehicle, date));
        String crew = input.crew() == null || input.crew().isBlank() ? null : input.crew().trim();
        day.set(input.available(), start, end, crew);
        return VehicleDayView.of(vehicle, date, days.saveAndFlush(day));
    }

    /** The van's date back to its standard: available on its own shift, no crew noted. */
    void reset(LocalDate date, long vehicleId) {
        days.findByVehicleAndWorkDate(find(vehicleId), date).ifPresent(days::delete);
    }

    private static LocalTime time(String field, String text) {
        return text == null || text.isBlank() ? null : ShiftTimes.parse(field, text);
    }

    private Vehicle find(long id) {
        return vehicles.findById(id).orElseThrow(() -> ApiProblem.notFound("nessun furgone con id " + id));
    }
}
