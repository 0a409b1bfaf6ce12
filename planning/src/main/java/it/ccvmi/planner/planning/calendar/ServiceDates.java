package it.ccvmi.planner.planning.calendar;

import java.time.LocalDate;

/**
 * The dates the service accepts anywhere (delivery days, arrivals, expiries, periods): a year 10000 or 1 is a
 * typing mistake, and would otherwise be stored and break date arithmetic and the sheets.
 */
public final class ServiceDates {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    /** Says which dates are accepted, for error messages. */
    public static final String RANGE = "a date from " + FIRST + " to " + LAST;

    private ServiceDates() {
    }

    public static boolean accepts(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
