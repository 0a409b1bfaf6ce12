package it.ccvmi.planner.planning.territory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening hours assumed for a site until real ones are entered: the sources give only the depot's
 * (9:00-18:00). COC offices receive on weekday mornings and afternoons, vaccine hubs all day every
 * day, RSA outside meal times on weekdays and Saturday mornings.
 */
public final class DefaultReceivingWindows {

    private DefaultReceivingWindows() {
    }

    public static List<WeeklyWindow> of(SiteKind kind) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            switch (kind) {
                case DEPOT -> windows.add(window(day, 9, 0, 18, 0));
                case ATS_HUB -> windows.add(window(day, 8, 0, 20, 0));
                case COC -> {
                    if (day != DayOfWeek.SUNDAY) {
                        windows.add(window(day, 8, 30, 12, 30));
                        windows.add(window(day, 14, 0, 18, 0));
                    }
                }
                case RSA -> {
                    if (day == DayOfWeek.SATURDAY) {
                        windows.add(window(day, 9, 0, 12, 0));
                    } else if (day != DayOfWeek.SUNDAY) {
                        windows.add(window(day, 9, 0, 11, 30));
                        windows.add(window(day, 14, 30, 17, 30));
                    }
                }
            }
        }
        return windows;
    }

    private static WeeklyWindow window(DayOfWeek day, int openHour, int openMinute, int closeHour, int closeMinute) {
        return new WeeklyWindow(day, LocalTime.of(openHour, openMinute), LocalTime.of(closeHour, closeMinute));
    }
}
