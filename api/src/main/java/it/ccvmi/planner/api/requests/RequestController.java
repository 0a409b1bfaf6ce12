package it.ccvmi.planner.api.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.CsvTransfer;
import it.ccvmi.planner.api.web.CsvTransfer.ImportSummary;
import it.ccvmi.planner.data.exchange.RequestSheet;
import jakarta.validation.Valid;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Delivery requests",
        description = "What each site asks for on a delivery date; COC accounts see and change only their comune's")
class RequestController {

    private final RequestService requests;
    private final RequestSheet sheet;
    private final RequestSheetAccess sheetAccess;

    RequestController(RequestService requests, RequestSheet sheet, RequestSheetAccess sheetAccess) {
        this.requests = requests;
        this.sheet = sheet;
        this.sheetAccess = sheetAccess;
    }

    @GetMapping
    @Operation(summary = "List requests of a delivery date and/or comune (a COC account: its own comune)")
    List<RequestView> list(@RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String comune, @AuthenticationPrincipal PlannerPrincipal caller) {
        return requests.list(date, comune, caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request")
    ResponseEntity<RequestView> get(@PathVariable long id, @AuthenticationPrincipal PlannerPrincipal caller) {
        RequestView request = requests.get(id, caller);
        return ResponseEntity.ok().eTag(request.eTag()).body(request);
    }

    @PostMapping
    @Operation(summary = "Create a request (409 if the site already asks for these goods on that date)")
    ResponseEntity<RequestView> create(@Valid @RequestBody RequestInput input,
            @AuthenticationPrincipal PlannerPrincipal caller) {
        RequestView created = requests.create(input, caller);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id())).eTag(created.eTag())
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change units and status (site, date and goods stay; no status keeps the current one);"
            + " with If-Match: the ETag read, 412 when someone changed the request since")
    ResponseEntity<RequestView> update(@PathVariable long id, @Valid @RequestBody RequestInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal PlannerPrincipal caller) {
        RequestView updated = requests.update(id, input, ifMatch, caller);
        return ResponseEntity.ok().eTag(updated.eTag()).body(updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a request no plan uses (else 409); with If-Match: 412 when it changed since")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal PlannerPrincipal caller) {
        requests.delete(id, ifMatch, caller);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = CsvTransfer.TEXT_CSV)
    @Operation(summary = "Create or revise every row of a requests sheet, or none (422 lists the problems by line)",
            description = "Headers data_consegna;codice_istat;comune;struttura;categoria;unita;stato; "
                    + "a blank struttura means the comune's COC. A COC account may only name its own comune (403).")
    ImportSummary importCsv(@RequestBody(required = false) byte[] csv,
            @RequestHeader("Content-Type") MediaType contentType,
            @RequestParam(defaultValue = "richieste.csv") String filename,
            @AuthenticationPrincipal PlannerPrincipal caller) {
        String text = CsvTransfer.text(csv, contentType);
        sheetAccess.checkUpload(filename, text, caller);
        return ImportSummary.of(filename, sheet.importCsv(filename, new StringReader(text)));
    }

    @GetMapping(path = "/export", produces = CsvTransfer.TEXT_CSV)
    @Operation(summary = "The requests of a delivery date (all dates without one) as a requests sheet")
    ResponseEntity<String> exportCsv(@RequestParam(required = false) LocalDate date,
            @AuthenticationPrincipal PlannerPrincipal caller) {
        String csv = sheetAccess.filterDownload(sheet.exportCsv(date), caller);
        return CsvTransfer.attachment(date == null ? "richieste.csv" : "richieste-" + date + ".csv", csv);
    }
}
