package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.planning.territory.WeeklyWindow;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A place the pipeline plans for: the depot, a COC, an ATS hub or an RSA, with its position and its weekly
 * receiving windows.
 *
 * @param id   the site's id, carried to the stored plan
 * @param key  the requester key of the fair split and of the routes: readable and unique, e.g.
 *             {@code COC/015146/COC Milano} (see {@link PlanningTerritory#key})
 * @param name what people call it (error messages, summaries)
 */
public record PlanningSite(SiteId id, String key, String name, SiteKind kind, double lat, double lon,
        List<WeeklyWindow> receivingWindows) {

    public PlanningSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        receivingWindows = List.copyOf(receivingWindows);
    }

    /** The windows of one weekday, in seconds since midnight; empty when the site is closed that day. */
    public List<TimeWindow> windowsOn(DayOfWeek day) {
        return receivingWindows.stream().filter(window -> window.dayOfWeek() == day)
                .map(window -> new TimeWindow(window.opensAt().toSecondOfDay(), window.closesAt().toSecondOfDay()))
                .toList();
    }

    /** The receiving hours on a day the site is open (a closed site would read "any time" to the solver). */
    ReceivingHours receivingHoursOn(DayOfWeek day) {
        List<TimeWindow> windows = windowsOn(day);
        if (windows.isEmpty()) {
            throw new IllegalStateException(
                    name + " non riceve merci di " + day.getDisplayName(TextStyle.FULL, Locale.ITALIAN));
        }
        return ReceivingHours.of(windows);
    }

    public RoutingSite toRoutingSite() {
        return new RoutingSite(key, name, lat, lon);
    }
}
