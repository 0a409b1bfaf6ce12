package it.ccvmi.planner.api.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A comune's deliveries as an RFC 5545 calendar (METHOD:PUBLISH): one event per van visit, spanning the ETA
 * window, in Europe/Rome time with its VTIMEZONE, so calendar clients show it right without a timezone database.
 * UIDs are the route stop ids, so re-reading the same published version gives the same events. DTSTAMP is the
 * publication time of the version (the moment the information was issued).
 */
final class ScheduleCalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    private static final String TZID = "Europe/Rome";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private ScheduleCalendar() {
    }

    static String of(String calendarName, List<DeliverySchedule> schedules) {
        ICalendarText ics = new ICalendarText()
                .begin("VCALENDAR")
                .property("PRODID", "-//CCV-MI//Ci siAMO Planner//IT")
                .property("VERSION", "2.0")
                .property("CALSCALE", "GREGORIAN")
                .property("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", calendarName)
                .property("X-WR-TIMEZONE", TZID);
        europeRome(ics);
        for (DeliverySchedule schedule : schedules) {
            for (ScheduledDelivery delivery : schedule.deliveries()) {
                event(ics, schedule, delivery);
            }
        }
        return ics.end("VCALENDAR").toString();
    }

    private static void event(ICalendarText ics, DeliverySchedule schedule, ScheduledDelivery delivery) {
        ics.begin("VEVENT")
                .property("UID", "stop-" + delivery.stopId() + "@cisiamo-planner")
                .property("DTSTAMP", utc(schedule.planVersion().publishedAt()))
                .property("DTSTART;TZID=" + TZID, local(delivery.date(), delivery.windowStart()))
                .property("DTEND;TZID=" + TZID, local(delivery.date(), delivery.windowEnd()))
                .property("SEQUENCE", Integer.toString(schedule.planVersion().number()))
                .text("SUMMARY", "Consegna Ci siAMO: " + delivery.vanLabel() + " (" + delivery.organisation() + ")")
                .text("LOCATION", delivery.address() == null ? delivery.siteName()
                        : delivery.siteName() + ", " + delivery.address());
        if (delivery.lat() != null && delivery.lon() != null) {
            ics.property("GEO", coordinate(delivery.lat()) + ";" + coordinate(delivery.lon()));
        }
        ics.text("DESCRIPTION", description(schedule, delivery))
                .property("STATUS", "CONFIRMED")
                .property("TRANSP", "OPAQUE")
                .end("VEVENT");
    }

    private static String description(DeliverySchedule schedule, ScheduledDelivery delivery) {
        String goods = delivery.items().stream()
                .map(item -> "- " + item.goodsName() + " (" + item.goodsCode() + "): " + item.units() + " "
                        + item.unit().toLowerCase(Locale.ROOT) + ", " + item.kg().stripTrailingZeros().toPlainString()
                        + " kg")
                .collect(Collectors.joining("\n"));
        return "Arrivo previsto " + delivery.arrival() + " (finestra " + delivery.windowStart() + "-"
                + delivery.windowEnd() + ")\n"
                + "Furgone: " + delivery.vanLabel() + "\n"
                + "Organizzazione: " + delivery.organisation() + "\n"
                + "Tappa n. " + delivery.sequence() + " del giro\n"
                + "Merce:\n" + goods + "\n"
                + "Totale: " + delivery.totalKg().stripTrailingZeros().toPlainString() + " kg\n"
                + "Piano del " + schedule.date() + ", versione " + schedule.planVersion().number()
                + (delivery.confirmation() == null ? "" : "\nEsito: " + delivery.confirmation().text());
    }

    /** Europe/Rome since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October. */
    private static void europeRome(ICalendarText ics) {
        ics.begin("VTIMEZONE").property("TZID", TZID)
                .begin("DAYLIGHT")
                .property("TZOFFSETFROM", "+0100").property("TZOFFSETTO", "+0200").property("TZNAME", "CEST")
                .property("DTSTART", "19700329T020000").property("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                .end("DAYLIGHT")
                .begin("STANDARD")
                .property("TZOFFSETFROM", "+0200").property("TZOFFSETTO", "+0100").property("TZNAME", "CET")
                .property("DTSTART", "19701025T030000").property("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
                .end("STANDARD")
                .end("VTIMEZONE");
    }

    private static String local(LocalDate date, LocalTime time) {
        return LOCAL.format(date.atTime(time));
    }

    private static String utc(OffsetDateTime instant) {
        return UTC.format(instant.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }
}
