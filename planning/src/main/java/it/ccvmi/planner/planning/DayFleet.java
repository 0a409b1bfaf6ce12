package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import it.ccvmi.planner.planning.day.VehicleId;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The day's vans as the solver sees them: shifts within the depot's opening hours, volumes in litres. A van that
 * cannot work that day is left out with its reason, so that the day is planned with the others.
 */
public final class DayFleet {

    /** A van of the chosen fleet left out of the day, and why. */
    public record UnusedVan(VehicleId vehicle, String organisation, String label, String reason) {
    }

    /**
     * The vans the solver routes, and the ones left out.
     *
     * @param vehicleByVan the vehicle of each usable van, by the solver's van id
     */
    public record Vans(List<Van> usable, List<UnusedVan> unused, Map<String, VehicleId> vehicleByVan) {

        public Vans {
            usable = List.copyOf(usable);
            unused = List.copyOf(unused);
            vehicleByVan = Map.copyOf(vehicleByVan);
        }
    }

    private DayFleet() {
    }

    /** A van's id: its label and organisation (labels such as "Ducato 3" repeat across organisations). */
    public static String vanId(String organisation, String label) {
        return label + " (" + organisation + ")";
    }

    /**
     * @param depot the depot's location in the day's matrix (index 0)
     * @throws IllegalArgumentException when the depot is closed that day or no van's shift meets its opening
     */
    static Vans vans(List<VehicleLine> fleet, PlanningSite depotSite, Location depot, DayOfWeek weekday) {
        List<TimeWindow> opening = depotSite.windowsOn(weekday);
        if (opening.isEmpty()) {
            throw new IllegalArgumentException(depotSite.name() + " è chiuso il " + weekday
                    + ": nessun furgone può caricare");
        }
        // Vans load and return while the warehouse is open: from its first opening to its last closing.
        long opens = opening.get(0).startSecond();
        long closes = opening.get(opening.size() - 1).endSecond();
        List<Van> usable = new ArrayList<>();
        List<UnusedVan> unused = new ArrayList<>();
        Map<String, VehicleId> vehicleByVan = new HashMap<>();
        for (VehicleLine line : fleet) {
            long start = Math.max(opens, line.shiftStart().toSecondOfDay());
            long end = Math.min(closes, line.shiftEnd().toSecondOfDay());
            if (end <= start) {
                unused.add(new UnusedVan(line.id(), line.organisation(), line.label(), "turno " + line.shiftStart()
                        + "-" + line.shiftEnd() + " fuori dall'orario di apertura di " + depotSite.name()));
            } else {
                String vanId = vanId(line.organisation(), line.label());
                vehicleByVan.put(vanId, line.id());
                usable.add(new Van(vanId, line.organisation(), depot,
                        (long) Math.floor(line.capacityKg()), Math.round(line.capacityM3() * 1000),
                        line.refrigerated(), start, end));
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("nessun furgone può lavorare quel giorno: " + unused.stream()
                    .map(van -> "furgone " + vanId(van.organisation(), van.label()) + ": " + van.reason())
                    .collect(Collectors.joining("; ")));
        }
        return new Vans(usable, unused, vehicleByVan);
    }
}
