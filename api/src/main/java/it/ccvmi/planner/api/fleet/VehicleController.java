package it.ccvmi.planner.api.fleet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.ccvmi.planner.api.web.CsvTransfer;
import it.ccvmi.planner.api.web.CsvTransfer.ImportSummary;
import it.ccvmi.planner.data.exchange.FleetSheet;
import jakarta.validation.Valid;
import java.net.URI;
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
@RequestMapping("/api/v1/vehicles")
@Tag(name = "Vehicles", description = "The volunteer vans: capacity, refrigeration, shift, home depot")
class VehicleController {

    private final VehicleService vehicles;
    private final FleetSheet sheet;

    VehicleController(VehicleService vehicles, FleetSheet sheet) {
        this.vehicles = vehicles;
        this.sheet = sheet;
    }

    @GetMapping
    @Operation(summary = "List the vans")
    List<VehicleView> list() {
        return vehicles.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One van; its ETag is its version")
    ResponseEntity<VehicleView> get(@PathVariable long id) {
        VehicleView van = vehicles.get(id);
        return ResponseEntity.ok().eTag(van.eTag()).body(van);
    }

    @PostMapping
    @Operation(summary = "Add a van (409 if the organisation already has one with that label)")
    ResponseEntity<VehicleView> create(@Valid @RequestBody VehicleInput input) {
        VehicleView created = vehicles.create(input);
        return ResponseEntity.created(URI.create("/api/v1/vehicles/" + created.id())).eTag(created.eTag())
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change capacity, refrigeration, shift and depot (organisation and label stay);"
            + " with If-Match: the ETag read, 412 when someone changed the van since")
    ResponseEntity<VehicleView> update(@PathVariable long id, @Valid @RequestBody VehicleInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        VehicleView updated = vehicles.update(id, input, ifMatch);
        return ResponseEntity.ok().eTag(updated.eTag()).body(updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a van no plan routes (else 409); with If-Match: 412 when it changed since")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        vehicles.delete(id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = CsvTransfer.TEXT_CSV)
    @Operation(summary = "Create or update every van of a fleet sheet, or none (422 lists the problems by line)",
            description = "Headers organizzazione;mezzo;portata_kg;volume_m3;refrigerato;inizio_turno;fine_turno;"
                    + "deposito")
    ImportSummary importCsv(@RequestBody(required = false) byte[] csv,
            @RequestHeader("Content-Type") MediaType contentType,
            @RequestParam(defaultValue = "mezzi.csv") String filename) {
        return ImportSummary.of(filename, sheet.importCsv(filename, CsvTransfer.read(csv, contentType)));
    }

    @GetMapping(path = "/export", produces = CsvTransfer.TEXT_CSV)
    @Operation(summary = "Every van as a fleet sheet")
    ResponseEntity<String> exportCsv() {
        return CsvTransfer.attachment("mezzi.csv", sheet.exportCsv());
    }
}
