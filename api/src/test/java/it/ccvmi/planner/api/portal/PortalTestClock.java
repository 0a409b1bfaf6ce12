package it.ccvmi.planner.api.portal;

import it.ccvmi.planner.api.support.MovableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's tests live on Monday 9 June 2031 in Milan: the next delivery days are Tuesday 10 (requests close
 * on Monday at 18:00), Wednesday 11, … Tests move the clock past a deadline and back to this morning.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalTestClock {

    public static final LocalDate MONDAY = LocalDate.of(2031, 6, 9);
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);
    public static final LocalDateTime MONDAY_MORNING = MONDAY.atTime(LocalTime.of(10, 0));
    public static final LocalDateTime MONDAY_AFTER_DEADLINE = MONDAY.atTime(LocalTime.of(18, 0, 1));

    @Bean
    @Primary
    MovableClock portalClock() {
        return new MovableClock(MONDAY_MORNING);
    }
}
