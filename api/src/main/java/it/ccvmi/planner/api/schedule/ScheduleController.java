package it.ccvmi.planner.api.schedule;

import it.ccvmi.planner.api.security.ComuneAccess;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.CsvTransfer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a COC needs to receive its deliveries: the published schedule of a day as JSON, as a CSV sheet, as an
 * iCalendar file, and a calendar feed to subscribe to. A COC account sees only its own comune.
 */
@RestController
@RequestMapping("/api/v1/coc/{istat}")
@Tag(name = "COC schedule")
class ScheduleController {

    private static final String CSV = "text/csv";
    private static final String ICS = "text/calendar";

    private final ScheduleReader schedules;
    private final CalendarFeed feed;

    ScheduleController(ScheduleReader schedules, CalendarFeed feed) {
        this.schedules = schedules;
        this.feed = feed;
    }

    @GetMapping(value = "/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The comune's deliveries of a day from its published plan (?format=csv or Accept "
            + "text/csv for a sheet, Accept text/calendar for iCalendar)")
    DeliverySchedule schedule(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable String istat,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ComuneAccess.require(principal, istat);
        return schedules.forDay(istat, date);
    }

    @GetMapping(value = "/schedule", produces = CSV)
    ResponseEntity<String> scheduleCsv(@AuthenticationPrincipal PlannerPrincipal principal,
            @PathVariable String istat, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ComuneAccess.require(principal, istat);
        return attachment(ScheduleCsv.MEDIA_TYPE, "consegne-" + istat + "-" + date + ".csv",
                ScheduleCsv.of(schedules.forDay(istat, date)));
    }

    @GetMapping(value = "/schedule", params = "format=csv")
    ResponseEntity<String> scheduleCsvByParameter(@AuthenticationPrincipal PlannerPrincipal principal,
            @PathVariable String istat, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return scheduleCsv(principal, istat, date);
    }

    @GetMapping(value = "/schedule", produces = ICS)
    ResponseEntity<String> scheduleCalendarByAccept(@AuthenticationPrincipal PlannerPrincipal principal,
            @PathVariable String istat, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return scheduleCalendar(principal, istat, date);
    }

    @GetMapping("/schedule.ics")
    @Operation(summary = "The comune's deliveries of a day as an iCalendar (RFC 5545) file")
    ResponseEntity<String> scheduleCalendar(@AuthenticationPrincipal PlannerPrincipal principal,
            @PathVariable String istat, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ComuneAccess.require(principal, istat);
        DeliverySchedule schedule = schedules.forDay(istat, date);
        String name = CalendarFeed.calendarName(schedule.comuneName()) + " " + date;
        return attachment(ScheduleCalendar.MEDIA_TYPE, "consegne-" + istat + "-" + date + ".ics",
                ScheduleCalendar.of(name, List.of(schedule)));
    }

    @GetMapping("/calendar.ics")
    @Operation(summary = "Calendar feed to subscribe to: published deliveries from 7 days ago to 30 days ahead")
    ResponseEntity<String> calendarFeed(@AuthenticationPrincipal PlannerPrincipal principal,
            @PathVariable String istat) {
        ComuneAccess.require(principal, istat);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ScheduleCalendar.MEDIA_TYPE))
                .body(feed.calendar(istat));
    }

    private static ResponseEntity<String> attachment(String mediaType, String fileName, String body) {
        return CsvTransfer.attachment(MediaType.parseMediaType(mediaType), fileName, body);
    }
}
