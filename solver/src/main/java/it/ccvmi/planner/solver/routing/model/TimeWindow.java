package it.ccvmi.planner.solver.routing.model;

import java.util.Locale;

/** A receiving window, in seconds since midnight of the planning day; both ends included. */
public record TimeWindow(long startSecond, long endSecond) {

    public TimeWindow {
        if (startSecond < 0 || endSecond < startSecond) {
            throw new IllegalArgumentException("Invalid time window " + startSecond + "–" + endSecond);
        }
    }

    public static TimeWindow ofHours(double startHour, double endHour) {
        return new TimeWindow(Math.round(startHour * 3600), Math.round(endHour * 3600));
    }

    /** As a planner reads it in an explanation, e.g. 09:00-12:30. */
    @Override
    public String toString() {
        return clock(startSecond) + "-" + clock(endSecond);
    }

    private static String clock(long second) {
        return String.format(Locale.ROOT, "%02d:%02d", second / 3600, second % 3600 / 60);
    }
}
