package it.ccvmi.planner.planning.territory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A time window, on one weekday, in which a site receives deliveries (its opening hours), as a plain value. */
public record WeeklyWindow(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {

    public WeeklyWindow {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("window must open before it closes: " + opensAt + "-" + closesAt);
        }
    }
}
