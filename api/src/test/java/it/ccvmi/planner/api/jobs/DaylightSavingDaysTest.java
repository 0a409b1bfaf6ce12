package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import it.ccvmi.planner.data.site.ReceivingWindow;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The two Sundays on which Europe/Rome changes its clocks: 28 March 2027 has 23 hours (02:00 becomes 03:00), 31
 * October 2027 has 25 (03:00 becomes 02:00 again). Only the ATS hubs receive on a Sunday. The vans' shifts, the
 * ETAs and their windows are wall-clock times in Milan, and the published calendar, read by a real iCalendar
 * reader (ical4j), puts every delivery at that wall-clock time with the offset in force that day.
 */
@ApiTest
class DaylightSavingDaysTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalTime DEPOT_OPENS = LocalTime.of(9, 0);
    private static final LocalTime DEPOT_CLOSES = LocalTime.of(18, 0);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    SiteRepository sites;

    @ParameterizedTest(name = "{0}: UTC{1}")
    @CsvSource({"2027-03-28, +02:00", "2027-10-31, +01:00"})
    void theDayIsPlannedAndPublishedInMilanWallClockTime(LocalDate sunday, ZoneOffset offsetThatDay) throws Exception {
        scenarios.generateAndSave(sunday, sunday.toEpochDay());
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        JsonNode done = jobs.plan(sunday, 3);
        int number = done.get("planVersion").get("number").asInt();
        JsonNode version = jobs.version(sunday, number);

        Map<Long, Site> siteById = sites.findAllWithComune().stream()
                .collect(Collectors.toMap(Site::getId, Function.identity()));
        assertThat(version.get("routes")).isNotEmpty();
        Map<String, LocalTime> arrivalByComuneAndSite = new HashMap<>();
        for (JsonNode route : version.get("routes")) {
            assertThat(LocalTime.parse(route.get("departure").asString())).isAfterOrEqualTo(DEPOT_OPENS);
            assertThat(LocalTime.parse(route.get("returnTime").asString())).isBeforeOrEqualTo(DEPOT_CLOSES);
            for (JsonNode stop : route.get("stops")) {
                LocalTime arrival = LocalTime.parse(stop.get("arrival").asString());
                List<ReceivingWindow> windows = siteById.get(stop.get("siteId").asLong()).getReceivingWindows()
                        .stream().filter(window -> window.getDayOfWeek() == sunday.getDayOfWeek()).toList();
                assertThat(windows).as("open on Sunday: " + stop).isNotEmpty();
                assertThat(windows).as("served in its window: " + stop).anyMatch(window ->
                        !arrival.isBefore(window.getOpensAt()) && !arrival.isAfter(window.getClosesAt()));
                arrivalByComuneAndSite.put(stop.get("comuneIstat").asString() + "/" + stop.get("siteName").asString(),
                        arrival);
            }
        }
        Response published = api.post("/api/v1/plans/" + sunday + "/versions/" + number + "/publish", planner, "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        String istat = version.get("routes").get(0).get("stops").get(0).get("comuneIstat").asString();
        Response schedule = api.get("/api/v1/coc/" + istat + "/schedule?date=" + sunday, planner);
        Response ics = api.get("/api/v1/coc/" + istat + "/schedule.ics?date=" + sunday, planner);
        assertThat(ics.status()).as(ics.body()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        VTimeZone publishedZone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        java.util.TimeZone zoneAsPublished = new net.fortuna.ical4j.model.TimeZone(publishedZone);
        List<VEvent> events = calendar.getComponents("VEVENT");
        JsonNode deliveries = schedule.json().get("deliveries");
        assertThat(events).hasSize(deliveries.size()).isNotEmpty();
        for (int i = 0; i < events.size(); i++) {
            JsonNode delivery = deliveries.get(i);
            LocalDateTime windowStart = sunday.atTime(LocalTime.parse(delivery.get("windowStart").asString()));
            ZonedDateTime start = ZonedDateTime.from(events.get(i).getDateTimeStart().getDate());
            assertThat(start.toLocalDateTime()).isEqualTo(windowStart);
            assertThat(start.getOffset()).isEqualTo(offsetThatDay);
            assertThat(start.toInstant()).isEqualTo(windowStart.atZone(ROME).toInstant());
            // the VTIMEZONE the calendar carries gives the same offset as the time-zone database
            assertThat(zoneAsPublished.getOffset(start.toInstant().toEpochMilli()))
                    .isEqualTo(offsetThatDay.getTotalSeconds() * 1000);
            // the schedule gives the plan's ETA to the minute
            LocalTime planned = arrivalByComuneAndSite.get(istat + "/" + delivery.get("siteName").asString());
            assertThat(Duration.between(planned, LocalTime.parse(delivery.get("arrival").asString())).abs())
                    .isLessThanOrEqualTo(Duration.ofSeconds(30));
        }
    }
}
