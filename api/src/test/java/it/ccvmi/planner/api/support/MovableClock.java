package it.ccvmi.planner.api.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock in Europe/Rome that a test sets to a chosen moment and later moves on (e.g. past a deadline); between
 * moves it ticks at the real pace, so tokens and jobs measure time as in production.
 */
public final class MovableClock extends Clock {

    private final Clock system = Clock.system(TestClock.ROME);
    private volatile Duration offset = Duration.ZERO;

    public MovableClock(LocalDateTime romeTime) {
        moveTo(romeTime);
    }

    /** From now on the clock reads {@code romeTime} and runs on from there. */
    public void moveTo(LocalDateTime romeTime) {
        offset = Duration.between(system.instant(), romeTime.atZone(TestClock.ROME).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return TestClock.ROME;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }
}
