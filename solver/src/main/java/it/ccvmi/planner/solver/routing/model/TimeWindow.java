package it.ccvmi.planner.solver.routing.model;

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
}
