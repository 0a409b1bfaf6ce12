package it.ccvmi.planner.api.schedule;

import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.schedule.PublishedPlans.Stored;
import it.ccvmi.planner.api.schedule.PublishedPlans.Visit;
import it.ccvmi.planner.api.schedule.StrictICalendar.Component;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ApiTest
@Import(PublishedPlans.class)
class ScheduleCalendarTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedPlans plans;

    @Autowired
    ScheduleReader schedules;

    @Test
    void theDayScheduleIsAValidRfc5545CalendarByPathOrAcceptHeader() {
        LocalDate day = plans.newDay();
        Stored stored = plans.publish(day, LocalTime.of(7, 30),
                Visit.of(MILANO, LocalTime.of(8, 5), "FRUTTA_VERDURA", 6, "KIT_VACCINO_ANTINFLUENZALE", 12),
                Visit.of(SESTO, LocalTime.of(9, 0), "DPI", 2),
                Visit.of(MILANO, LocalTime.of(9, 45), "FARMACI", 1));
        var coc = api.bearer(accounts.coc(MILANO));

        Response byPath = api.get("/api/v1/coc/" + MILANO + "/schedule.ics?date=" + day, coc);
        Response byAccept = api.get(ScheduleApiTest.schedulePath(MILANO, day), coc, "text/calendar");

        assertThat(byPath.status()).isEqualTo(200);
        assertThat(byPath.contentType()).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
        assertThat(byPath.header("Content-Disposition")).startsWith("attachment;").contains(".ics");
        assertThat(byAccept.status()).isEqualTo(200);
        assertThat(byAccept.body()).isEqualTo(byPath.body());

        Component calendar = StrictICalendar.parse(byPath.body());
        assertThat(calendar.property("METHOD").value()).isEqualTo("PUBLISH");
        assertThat(calendar.property("CALSCALE").value()).isEqualTo("GREGORIAN");
        assertThat(calendar.property("X-WR-CALNAME").text()).contains("Milano");
        assertThat(calendar.children("VTIMEZONE")).singleElement()
                .satisfies(zone -> assertThat(zone.property("TZID").value()).isEqualTo("Europe/Rome"));
        List<Component> events = calendar.children("VEVENT");
        assertThat(events).hasSize(2);
        Component first = events.get(0);
        assertThat(first.property("UID").value()).isEqualTo("stop-" + stored.stopIds().get(0) + "@cisiamo-planner");
        assertThat(first.property("DTSTART").parameters()).containsEntry("TZID", "Europe/Rome");
        assertThat(first.property("DTSTART").value()).isEqualTo(compact(day) + "T075000");
        assertThat(first.property("DTEND").value()).isEqualTo(compact(day) + "T083500");
        assertThat(first.property("SUMMARY").text()).isEqualTo("Consegna Ci siAMO: " + stored.vanLabel() + " ("
                + PublishedPlans.ORGANISATION + ")");
        assertThat(first.property("LOCATION").text()).startsWith(plans.cocOf(MILANO).getName());
        assertThat(first.property("GEO").value()).matches("45\\.\\d{6};9\\.\\d{6}");
        String description = first.property("DESCRIPTION").text();
        assertThat(description).contains("Furgone: " + stored.vanLabel(), "Organizzazione: " + PublishedPlans.ORGANISATION,
                "Frutta e verdura (FRUTTA_VERDURA): 6 case, 60 kg", "Kit vaccino antinfluenzale", "Totale: 90 kg\n");
        assertThat(events.get(1).property("UID").value())
                .isEqualTo("stop-" + stored.stopIds().get(2) + "@cisiamo-planner");
        // the organisation's ';' ',' and '"' travel escaped, and the long description is folded
        assertThat(byPath.body()).contains("\r\n ");
        assertThat(byPath.body().replace("\r\n ", "")).contains("Protezione Civile\\; Gruppo \"Test\"\\, Milano");
    }

    @Test
    void theSubscribableFeedCoversAWeekBackAndAMonthAhead() {
        LocalDate day = plans.newDay();
        Stored stored = plans.publish(day, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "DPI", 1));

        List<Component> aroundTheDay = eventsSeenOn(day.plusDays(CalendarFeed.DAYS_BACK));
        List<Component> weekTooLate = eventsSeenOn(day.plusDays(CalendarFeed.DAYS_BACK + 1));
        List<Component> monthAhead = eventsSeenOn(day.minusDays(CalendarFeed.DAYS_AHEAD));
        List<Component> tooEarly = eventsSeenOn(day.minusDays(CalendarFeed.DAYS_AHEAD + 1));

        String uid = "stop-" + stored.stopIds().get(0) + "@cisiamo-planner";
        assertThat(aroundTheDay).extracting(event -> event.property("UID").value()).contains(uid);
        assertThat(monthAhead).extracting(event -> event.property("UID").value()).contains(uid);
        assertThat(weekTooLate).extracting(event -> event.property("UID").value()).doesNotContain(uid);
        assertThat(tooEarly).extracting(event -> event.property("UID").value()).doesNotContain(uid);
    }

    @Test
    void theFeedIsServedToTheComunesAccountsAsACalendar() {
        Response feed = api.get("/api/v1/coc/" + MILANO + "/calendar.ics", api.bearer(accounts.coc(MILANO)));

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Component calendar = StrictICalendar.parse(feed.body());
        assertThat(calendar.property("X-WR-CALNAME").text()).isEqualTo("Consegne Ci siAMO - Milano");
        // the tests' deliveries are in 2033, far beyond the feed's month ahead
        assertThat(calendar.children("VEVENT")).noneMatch(event -> event.property("DTSTART").value().startsWith("2033"));
    }

    private List<Component> eventsSeenOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.of("Europe/Rome")).toInstant(),
                ZoneId.of("UTC"));
        return StrictICalendar.parse(new CalendarFeed(schedules, clock).calendar(MILANO)).children("VEVENT");
    }

    private static String compact(LocalDate day) {
        return day.toString().replace("-", "");
    }
}
