package it.ccvmi.planner.api.layers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the pages' maps draw under the comuni: nothing by default (the boundaries are the base map and the pages
 * work offline), or the tiles of {@code cisiamo.map.base-layer-url}, e.g. an OpenStreetMap tile server
 * ({@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}) with its attribution.
 */
@RestController
@Tag(name = "Map layers")
class MapSettingsController {

    private final MapSettings settings;

    MapSettingsController(@Value("${cisiamo.map.base-layer-url:}") String baseLayerUrl,
            @Value("${cisiamo.map.base-layer-attribution:}") String attribution) {
        this.settings = new MapSettings(baseLayerUrl.isBlank() ? null : baseLayerUrl,
                attribution.isBlank() ? null : attribution);
    }

    /** @param baseLayerUrl a Leaflet tile URL template, or null for the offline map of the comuni only */
    record MapSettings(String baseLayerUrl, String attribution) {
    }

    @GetMapping("/api/v1/public/map-settings")
    @Operation(summary = "The base layer the pages' maps draw under the comuni (none: offline)")
    MapSettings settings() {
        return settings;
    }
}
