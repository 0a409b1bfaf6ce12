package it.ccvmi.planner.api.sites;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.ccvmi.planner.planning.territory.SiteKind;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/api/v1/sites")
@Tag(name = "Sites", description = "Depot, COC offices, ATS hubs and RSA: where goods leave from and go to")
class SiteController {

    private final SiteService sites;

    SiteController(SiteService sites) {
        this.sites = sites;
    }

    @GetMapping
    @Operation(summary = "List sites, optionally of one kind and/or one comune (ISTAT code)")
    List<SiteView> list(@RequestParam(required = false) SiteKind kind,
            @RequestParam(required = false) String comune) {
        return sites.list(kind, comune);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One site; its ETag is its version")
    ResponseEntity<SiteView> get(@PathVariable long id) {
        SiteView site = sites.get(id);
        return ResponseEntity.ok().eTag(site.eTag()).body(site);
    }

    @PostMapping
    @Operation(summary = "Create a site; its comune is the one containing lon/lat")
    ResponseEntity<SiteView> create(@Valid @RequestBody SiteInput input) {
        SiteView created = sites.create(input);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + created.id())).eTag(created.eTag())
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change address, point and coordinate notes (kind, name and comune stay);"
            + " with If-Match: the ETag read, 412 when someone changed the site since")
    ResponseEntity<SiteView> update(@PathVariable long id, @Valid @RequestBody SiteInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        SiteView updated = sites.update(id, input, ifMatch);
        return ResponseEntity.ok().eTag(updated.eTag()).body(updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a site no request, lot, van or plan uses (else 409);"
            + " with If-Match: 412 when it changed since")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        sites.delete(id, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
