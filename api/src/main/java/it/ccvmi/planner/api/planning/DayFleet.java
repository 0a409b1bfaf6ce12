package it.ccvmi.planner.api.planning;

import it.ccvmi.planner.data.scenario.PlanningDay.VehicleLine;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import java.time.DayOfWeek;
import java.util.List;

/** The day's vans as the solver sees them: shifts within the depot's opening hours, volumes in litres. */
public final class DayFleet {

    private DayFleet() {
    }

    /** A van's id: its label and organisation (labels such as "Ducato 3" repeat across organisations). */
    public static String vanId(String organisation, String label) {
        return label + " (" + organisation + ")";
    }

    /**
     * @param depot the depot's location in the day's matrix (index 0)
     * @throws IllegalArgumentException when the depot is closed that day or a van's shift misses its opening
     */
    static List<Van> vans(List<VehicleLine> fleet, PlanningSite depotSite, Location depot, DayOfWeek weekday) {
        List<TimeWindow> opening = depotSite.windowsOn(weekday);
        if (opening.isEmpty()) {
            throw new IllegalArgumentException(depotSite.name() + " is closed on " + weekday + ": no van can load");
        }
        // Vans load and return while the warehouse is open: from its first opening to its last closing.
        long opens = opening.get(0).startSecond();
        long closes = opening.get(opening.size() - 1).endSecond();
        return fleet.stream().map(line -> {
            long start = Math.max(opens, line.shiftStart().toSecondOfDay());
            long end = Math.min(closes, line.shiftEnd().toSecondOfDay());
            if (end <= start) {
                throw new IllegalArgumentException("van " + line.label() + " (" + line.organisation() + "): shift "
                        + line.shiftStart() + "-" + line.shiftEnd() + " is outside the opening hours of " + depotSite.name());
            }
            return new Van(vanId(line.organisation(), line.label()), line.organisation(), depot, (long) Math.floor(line.capacityKg()),
                    Math.round(line.capacityM3() * 1000), line.refrigerated(), start, end);
        }).toList();
    }
}
