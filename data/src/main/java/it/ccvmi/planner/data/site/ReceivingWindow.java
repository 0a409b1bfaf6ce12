package it.ccvmi.planner.data.site;

import it.ccvmi.planner.planning.territory.WeeklyWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A time window, on one weekday, in which a site receives deliveries (its opening hours). */
@Embeddable
public class ReceivingWindow {

    @Convert(converter = IsoDayOfWeekConverter.class)
    @Column(name = "day_of_week")
    private DayOfWeek dayOfWeek;

    private LocalTime opensAt;

    private LocalTime closesAt;

    protected ReceivingWindow() {
    }

    public ReceivingWindow(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("window must open before it closes: " + opensAt + "-" + closesAt);
        }
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** The stored form of a plain window. */
    public static ReceivingWindow of(WeeklyWindow window) {
        return new ReceivingWindow(window.dayOfWeek(), window.opensAt(), window.closesAt());
    }

    /** This window as the planning pipeline reads it. */
    public WeeklyWindow toWeekly() {
        return new WeeklyWindow(dayOfWeek, opensAt, closesAt);
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceivingWindow window && dayOfWeek == window.dayOfWeek
                && opensAt.equals(window.opensAt) && closesAt.equals(window.closesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, opensAt, closesAt);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + opensAt + "-" + closesAt;
    }
}
