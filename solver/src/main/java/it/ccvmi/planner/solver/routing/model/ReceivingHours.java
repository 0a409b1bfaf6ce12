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

    private ReceivingHours(List<TimeWindow> windows) {
        this.windows = windows;
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
        for (TimeWindow window : windows) {
            if (arrivalSecond <= window.endSecond()) {
                return Math.max(arrivalSecond, window.startSecond());
            }
        }
        return arrivalSecond;
    }

    /** Seconds after the close of the last window, 0 when the arrival falls in or before a window. */
    public long lateness(long arrivalSecond) {
        if (windows.isEmpty()) {
            return 0;
        }
        return Math.max(0, arrivalSecond - windows.get(windows.size() - 1).endSecond());
    }

    @Override
    public String toString() {
        return windows.isEmpty() ? "a qualunque ora" : windows.stream().map(TimeWindow::toString)
                .collect(Collectors.joining(", "));
    }
}
