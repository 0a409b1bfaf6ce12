package it.ccvmi.planner.api.layers;

import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.ApiProblem;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layers as GeoJSON files (RFC 7946, EPSG:4326 longitude/latitude) to import into MapStore, QGIS or
 * any GIS: {@code /layers/{routes|stops|comuni|sites}.geojson?date=&version=}.
 */
@RestController
class LayerDownloadController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final PlanSelection selection;
    private final LayerSource source;

    LayerDownloadController(PlanSelection selection, LayerSource source) {
        this.selection = selection;
        this.source = source;
    }

    @GetMapping("/layers/{layer}.geojson")
    ResponseEntity<byte[]> download(@PathVariable String layer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer version, @AuthenticationPrincipal PlannerPrincipal caller) {
        LayerType type = LayerType.named(layer)
                .orElseThrow(() -> ApiProblem.notFound("nessun livello «" + layer
                        + "»; livelli: routes, stops, comuni, sites"));
        LayerScope scope = selection.select(date, version, caller);
        byte[] body = GeoJsonWriter.featureCollection(source.features(type, scope), OutputCrs.WGS84, name -> true,
                json -> { });
        String fileName = "cisiamo-" + type.layerName() + "-" + scope.date()
                + (scope.hasVersion() ? "-v" + scope.versionNumber() : "") + ".geojson";
        return ResponseEntity.ok().contentType(GEO_JSON)
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
