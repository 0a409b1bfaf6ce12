package it.ccvmi.planner.api.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Clocks for tests that need a known "today": the test chooses the moment in Milan, the clock then ticks at the
 * real pace, so tokens expire and jobs measure their elapsed time as in production.
 */
public final class TestClock {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private TestClock() {
    }

    /** A clock in Europe/Rome that reads {@code romeTime} now and runs on from there. */
    public static Clock startingAt(LocalDateTime romeTime) {
        Clock system = Clock.system(ROME);
        return Clock.offset(system, Duration.between(system.instant(), romeTime.atZone(ROME).toInstant()));
    }
}
