package it.ccvmi.planner.api.schedule;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When the COC should be ready to receive a van: from 15 minutes before the computed arrival to 30 minutes after
 * it. Traffic makes vans late more often than early, hence the longer tail. The window never opens before the van
 * leaves the depot (it cannot arrive before that) and never runs past midnight (a delivery day is one day).
 */
public record EtaWindow(LocalTime arrival, LocalTime opens, LocalTime closes) {

    static final Duration EARLY = Duration.ofMinutes(15);
    static final Duration LATE = Duration.ofMinutes(30);
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    /** @param routeDeparture when the van leaves the depot; null when unknown */
    public static EtaWindow around(LocalTime arrival, LocalTime routeDeparture) {
        LocalTime opens = arrival.isBefore(LocalTime.MIN.plus(EARLY)) ? LocalTime.MIN : arrival.minus(EARLY);
        if (routeDeparture != null && opens.isBefore(routeDeparture) && !arrival.isBefore(routeDeparture)) {
            opens = routeDeparture;
        }
        LocalTime closes = arrival.isAfter(LAST_MINUTE.minus(LATE)) ? LAST_MINUTE : arrival.plus(LATE);
        return new EtaWindow(arrival, opens, closes);
    }
}
