package it.ccvmi.planner.solver.routing.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The windows in which a site receives goods during the day (a COC may open 9–12 and 14–17).
 * A van arriving early waits for the next opening; a van arriving after the last window is late.
 * No windows means the site receives at any time.
 */
public final class ReceivingHours {

    public static final ReceivingHours ANY_TIME = new ReceivingHours(List.of());

    private final List<TimeWindow> windows;
    /** The windows' bounds as arrays: every insertion check of the search walks through here. */
    private final long[] startSeconds;
    private final long[] endSeconds;

    private ReceivingHours(List<TimeWindow> windows) {
        this.windows = windows;
        startSeconds = windows.stream().mapToLong(TimeWindow::startSecond).toArray();
        endSeconds = windows.stream().mapToLong(TimeWindow::endSecond).toArray();
    }

    public static ReceivingHours of(List<TimeWindow> windows) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingLong(TimeWindow::startSecond));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startSecond() <= sorted.get(i - 1).endSecond()) {
                throw new IllegalArgumentException("Overlapping receiving windows " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return sorted.isEmpty() ? ANY_TIME : new ReceivingHours(List.copyOf(sorted));
    }

    public static ReceivingHours of(TimeWindow... windows) {
        return of(List.of(windows));
    }

    public List<TimeWindow> windows() {
        return windows;
    }

    /** When unloading starts for a van arriving at {@code arrivalSecond}: now, or at the next opening. */
    public long serviceStart(long arrivalSecond) {
        for (int i = 0; i < endSeconds.length; i++) {
            if (arrivalSecond <= endSeconds[i]) {
                return Math.max(arrivalSecond, startSeconds[i]);
            }
        }
        return arrivalSecond;
    }

    /**
     * The latest arrival from which a van unloading for {@code serviceSeconds} is done by {@code leaveBySecond}
     * without being late; {@link Long#MIN_VALUE} when no arrival is. Serving starts later for a later arrival, so
     * every earlier arrival is done by then too.
     */
    public long latestArrivalToLeaveBy(long leaveBySecond, long serviceSeconds) {
        long latestStart = leaveBySecond - serviceSeconds;
        if (endSeconds.length == 0) {
            return latestStart;
        }
        for (int i = endSeconds.length - 1; i >= 0; i--) {
            if (startSeconds[i] <= latestStart) {
                return Math.min(latestStart, endSeconds[i]);
            }
        }
        return Long.MIN_VALUE;
    }

    /**
     * How much later than {@code arrivalSecond} a van may arrive and still be served in the same window (waiting for
     * the same opening if early); unbounded after the last window or with no windows, where serving starts on arrival.
     */
    public long delayKeepingWindow(long arrivalSecond) {
        for (long end : endSeconds) {
            if (arrivalSecond <= end) {
                return end - arrivalSecond;
            }
        }
        return Long.MAX_VALUE;
    }

    /** Seconds after the close of the last window, 0 when the arrival falls in or before a window. */
    public long lateness(long arrivalSecond) {
        if (endSeconds.length == 0) {
            return 0;
        }
        return Math.max(0, arrivalSecond - endSeconds[endSeconds.length - 1]);
    }

    @Override
    public String toString() {
        return windows.isEmpty() ? "a qualunque ora" : windows.stream().map(TimeWindow::toString)
                .collect(Collectors.joining(", "));
    }
}
