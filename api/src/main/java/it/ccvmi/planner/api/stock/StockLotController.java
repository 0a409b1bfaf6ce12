package it.ccvmi.planner.api.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.ccvmi.planner.api.web.CsvTransfer;
import it.ccvmi.planner.api.web.CsvTransfer.ImportSummary;
import it.ccvmi.planner.data.exchange.StockSheet;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/stock-lots")
@Tag(name = "Stock lots", description = "Goods received at the depot: what the fair split divides")
class StockLotController {

    private final StockLotService lots;
    private final StockSheet sheet;

    StockLotController(StockLotService lots, StockSheet sheet) {
        this.lots = lots;
        this.sheet = sheet;
    }

    @GetMapping
    @Operation(summary = "List the lots, optionally those that arrived on a date")
    List<StockLotView> list(@RequestParam(required = false) LocalDate date) {
        return lots.list(date);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One lot; its ETag is its version")
    ResponseEntity<StockLotView> get(@PathVariable long id) {
        StockLotView lot = lots.get(id);
        return ResponseEntity.ok().eTag(lot.eTag()).body(lot);
    }

    @PostMapping
    @Operation(summary = "Record a lot")
    ResponseEntity<StockLotView> create(@Valid @RequestBody StockLotInput input) {
        StockLotView created = lots.create(input);
        return ResponseEntity.created(URI.create("/api/v1/stock-lots/" + created.id())).eTag(created.eTag())
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a lot; with If-Match: the ETag read, 412 when someone changed the lot since")
    ResponseEntity<StockLotView> update(@PathVariable long id, @Valid @RequestBody StockLotInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        StockLotView updated = lots.update(id, input, ifMatch);
        return ResponseEntity.ok().eTag(updated.eTag()).body(updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a lot the ledger never moved (else 409); with If-Match: 412 when it changed since")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        lots.delete(id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = CsvTransfer.TEXT_CSV)
    @Operation(summary = "Add every row of a goods-in sheet as a lot, or none (422 lists the problems by line)",
            description = "Headers categoria;colli;peso_kg;data_arrivo;scadenza;deposito;donatore (or the English "
                    + "ones); peso_kg, scadenza, deposito and donatore may be left out")
    ImportSummary importCsv(@RequestBody(required = false) byte[] csv,
            @RequestHeader("Content-Type") MediaType contentType,
            @RequestParam(defaultValue = "carico.csv") String filename) {
        return ImportSummary.of(filename, sheet.importCsv(filename, CsvTransfer.read(csv, contentType)));
    }

    @GetMapping(path = "/export", produces = CsvTransfer.TEXT_CSV)
    @Operation(summary = "Every lot as a goods-in sheet")
    ResponseEntity<String> exportCsv() {
        return CsvTransfer.attachment("carico.csv", sheet.exportCsv());
    }
}
