package it.ccvmi.planner.api.layers;

import it.ccvmi.planner.api.security.PlannerPrincipal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A MapStore map (configuration format version 2) showing a day's published plan: Web Mercator, centred on
 * Milan, an OpenStreetMap background and the four layers read live from this service's WFS, routes coloured
 * by van. Save it and open it in MapStore (Import, or as a static context {@code #viewer/openlayers/<name>}).
 */
@RestController
class MapStoreContextController {

    private static final double MILAN_LON = 9.19;
    private static final double MILAN_LAT = 45.4642;
    private static final String[] VAN_COLOURS = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
        "#f032e6", "#9a6324", "#800000", "#469990", "#000075", "#808000"};

    private final PlanSelection selection;
    private final PlanLayerQueries plans;

    MapStoreContextController(PlanSelection selection, PlanLayerQueries plans) {
        this.selection = selection;
        this.plans = plans;
    }

    @GetMapping("/layers/mapstore-context.json")
    Map<String, Object> context(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal PlannerPrincipal caller) {
        LayerScope scope = selection.select(date, null, caller);
        // The WFS at /wfs/{date} keeps the date in every operation URL, so MapStore's own requests stay on it.
        String wfs = ServletUriComponentsBuilder.fromCurrentContextPath().path("/wfs/" + scope.date()).toUriString();
        List<Object> layers = new ArrayList<>();
        layers.add(Map.of("id", "mapnik__0", "type", "osm", "title", "Open Street Map", "name", "mapnik",
                "source", "osm", "group", "background", "visibility", true));
        layers.add(wfsLayer(wfs, LayerType.COMUNI, style(rule("Comuni", null,
                Map.of("kind", "Fill", "color", "#ffcc33", "fillOpacity", 0.15, "outlineColor", "#b07d00",
                        "outlineWidth", 1)))));
        layers.add(wfsLayer(wfs, LayerType.SITES, style(rule("Sites", null, Map.of("kind", "Mark",
                "wellKnownName", "Square", "color", "#666666", "fillOpacity", 0.8, "strokeColor", "#ffffff",
                "strokeWidth", 1, "radius", 4)))));
        layers.add(wfsLayer(wfs, LayerType.ROUTES, routeStyle(scope)));
        layers.add(wfsLayer(wfs, LayerType.STOPS, style(rule("Stops", null, Map.of("kind", "Mark",
                "wellKnownName", "Circle", "color", "#ffffff", "fillOpacity", 1, "strokeColor", "#000000",
                "strokeWidth", 2, "radius", 6)))));

        Map<String, Object> map = new LinkedHashMap<>();
        map.put("projection", "EPSG:3857");
        map.put("units", "m");
        map.put("center", Map.of("x", OutputCrs.mercatorX(MILAN_LON), "y", OutputCrs.mercatorY(MILAN_LAT),
                "crs", "EPSG:3857"));
        map.put("zoom", 10);
        map.put("maxExtent", List.of(-20037508.34, -20037508.34, 20037508.34, 20037508.34));
        map.put("layers", layers);
        map.put("groups", List.of(Map.of("id", "Default", "title", "Ci siAMO " + scope.date(), "expanded", true)));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("version", 2);
        context.put("map", map);
        return context;
    }

    private static Map<String, Object> wfsLayer(String wfs, LayerType type, Map<String, Object> style) {
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("id", type.typeName() + "__" + (type.ordinal() + 1));
        layer.put("type", "wfs");
        layer.put("url", wfs);
        layer.put("name", type.typeName());
        layer.put("title", type.title());
        layer.put("description", type.description());
        layer.put("group", "Default");
        layer.put("visibility", true);
        layer.put("search", Map.of("url", wfs, "type", "wfs"));
        layer.put("style", style);
        return layer;
    }

    /** One line rule per van of the plan (filter on vehicleLabel), and a grey one for the rest. */
    private Map<String, Object> routeStyle(LayerScope scope) {
        List<Object> rules = new ArrayList<>();
        List<String> vans = scope.hasVersion() ? plans.vanLabels(scope) : List.of();
        for (int i = 0; i < vans.size(); i++) {
            rules.add(rule(vans.get(i), List.of("==", "vehicleLabel", vans.get(i)), Map.of("kind", "Line",
                    "color", VAN_COLOURS[i % VAN_COLOURS.length], "width", 4, "opacity", 0.9)));
        }
        if (vans.isEmpty()) {
            rules.add(rule("Routes", null, Map.of("kind", "Line", "color", "#4363d8", "width", 4, "opacity", 0.9)));
        }
        return Map.of("format", "geostyler", "body", Map.of("name", "Routes by van", "rules", rules));
    }

    private static Map<String, Object> style(Map<String, Object> rule) {
        return Map.of("format", "geostyler", "body", Map.of("name", rule.get("name"), "rules", List.of(rule)));
    }

    private static Map<String, Object> rule(String name, List<String> filter, Map<String, Object> symbolizer) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", name);
        if (filter != null) {
            rule.put("filter", filter);
        }
        rule.put("symbolizers", List.of(symbolizer));
        return rule;
    }
}
