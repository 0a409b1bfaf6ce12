package it.ccvmi.planner.api.portal;

import it.ccvmi.planner.api.schedule.CalendarFeed;
import it.ccvmi.planner.api.security.ComuneAccess;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A comune's private calendar subscription link: Google Calendar, Outlook and Apple Calendar poll a URL and
 * cannot send credentials, so the URL itself is the credential — secret, one per comune, revocable.
 */
@RestController
@Tag(name = "COC schedule")
class CalendarLinkController {

    static final String FEED_PATH = "/api/v1/public/calendars/";

    private final CalendarLinks links;
    private final CalendarFeed feed;

    CalendarLinkController(CalendarLinks links, CalendarFeed feed) {
        this.links = links;
        this.feed = feed;
    }

    /** @param url the link to paste into a calendar app; only in the answer that creates it */
    record CalendarLink(boolean active, OffsetDateTime createdAt, String url) {
    }

    @GetMapping("/api/v1/coc/{istat}/calendar-link")
    @Operation(summary = "Whether the comune has a calendar link, and since when (the secret is never shown again)")
    CalendarLink link(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable String istat) {
        ComuneAccess.require(principal, istat);
        return links.createdAt(istat).map(created -> new CalendarLink(true, created, null))
                .orElse(new CalendarLink(false, null, null));
    }

    @PostMapping("/api/v1/coc/{istat}/calendar-link")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new private calendar link for the comune; the previous one stops working")
    CalendarLink renew(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable String istat) {
        ComuneAccess.require(principal, istat);
        String secret = links.renew(istat);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(FEED_PATH + secret + ".ics")
                .toUriString();
        return new CalendarLink(true, links.createdAt(istat).orElseThrow(), url);
    }

    @DeleteMapping("/api/v1/coc/{istat}/calendar-link")
    @Operation(summary = "Revoke the comune's calendar link: calendar apps polling it get 404")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable String istat) {
        ComuneAccess.require(principal, istat);
        links.revoke(istat);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(FEED_PATH + "{secret}.ics")
    @Operation(summary = "The calendar feed behind a private link (no sign-in: the secret in the URL is the key)")
    ResponseEntity<String> calendar(@PathVariable String secret) {
        String istat = links.comuneOf(secret).orElseThrow(() -> ApiProblem.notFound(
                "Questo collegamento al calendario non è valido o è stato revocato."));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .cacheControl(CacheControl.noStore()).body(feed.calendar(istat));
    }
}
