package it.ccvmi.planner.api.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The subscribable calendar of a comune: the published plans from a week ago to a month ahead, so a calendar
 * client polling the same URL always sees the coming deliveries and the recent ones.
 */
@Component
public class CalendarFeed {

    static final int DAYS_BACK = 7;
    static final int DAYS_AHEAD = 30;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final ScheduleReader schedules;
    private final Clock clock;

    public CalendarFeed(ScheduleReader schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    public String calendar(String istat) {
        LocalDate today = LocalDate.now(clock.withZone(ROME));
        var period = schedules.forPeriod(istat, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
        return ScheduleCalendar.of(calendarName(period.comuneName()), period.days());
    }

    static String calendarName(String comuneName) {
        return "Consegne Ci siAMO - " + comuneName;
    }
}
