package it.ccvmi.planner.api.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The planners' side of a published version's delivery: manifests, printable route sheets, crew links. */
@RestController
@RequestMapping("/api/v1/plans/{date}/versions/{number}")
@Tag(name = "Plans")
class RouteSheetController {

    private final RouteSheets sheets;
    private final CrewLinks links;

    RouteSheetController(RouteSheets sheets, CrewLinks links) {
        this.sheets = sheets;
        this.links = links;
    }

    @GetMapping(value = "/routes/{routeId}/manifest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A route's manifest: stops with ETA window and goods to unload, loading list in reverse "
            + "stop order, totals per temperature class (published versions only)")
    RouteManifest manifest(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable int number, @PathVariable long routeId) {
        return sheets.manifest(date, number, routeId);
    }

    @GetMapping(value = "/routes/{routeId}/manifest.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The route sheet to print for the crew (PDF, Italian)")
    ResponseEntity<byte[]> manifestPdf(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable int number, @PathVariable long routeId) {
        byte[] pdf = sheets.pdf(date, number, routeId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("foglio-di-viaggio-" + date + "-giro-" + routeId + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping(value = "/crew-links", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The crews' links of the version's routes (created on the first call), valid until the end "
            + "of the delivery day")
    List<CrewLink> crewLinks(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable int number) {
        return links.of(date, number);
    }
}
