package it.ccvmi.planner.api.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * When the COC should be ready to receive a van: the computed arrival rounded to the minute (the ETA), and a
 * window from 15 minutes before it to 30 minutes after it. Traffic makes vans late more often than early, hence
 * the longer tail. The window never opens before the van leaves the depot (it cannot arrive before that) and
 * never runs past 23:59 (a delivery day is one day).
 */
public record EtaWindow(LocalTime arrival, LocalTime opens, LocalTime closes) {

    static final Duration EARLY = Duration.ofMinutes(15);
    static final Duration LATE = Duration.ofMinutes(30);
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    /** @param routeDeparture when the van leaves the depot; null when unknown */
    public static EtaWindow around(LocalTime computedArrival, LocalTime routeDeparture) {
        LocalTime arrival = toMinute(computedArrival);
        LocalTime opens = arrival.isBefore(LocalTime.MIN.plus(EARLY)) ? LocalTime.MIN : arrival.minus(EARLY);
        if (routeDeparture != null && opens.isBefore(routeDeparture) && !arrival.isBefore(routeDeparture)) {
            opens = routeDeparture.truncatedTo(ChronoUnit.MINUTES);
        }
        LocalTime closes = arrival.isAfter(LAST_MINUTE.minus(LATE)) ? LAST_MINUTE : arrival.plus(LATE);
        return new EtaWindow(arrival, opens, closes);
    }

    /** Rounds half up to the minute, without crossing midnight. */
    private static LocalTime toMinute(LocalTime time) {
        LocalTime down = time.truncatedTo(ChronoUnit.MINUTES);
        boolean up = time.getSecond() >= 30 && down.isBefore(LAST_MINUTE);
        return up ? down.plusMinutes(1) : down;
    }
}
