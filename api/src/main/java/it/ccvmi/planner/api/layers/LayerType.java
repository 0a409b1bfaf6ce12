package it.ccvmi.planner.api.layers;

import static it.ccvmi.planner.api.layers.AttributeType.DATE;
import static it.ccvmi.planner.api.layers.AttributeType.DECIMAL;
import static it.ccvmi.planner.api.layers.AttributeType.INTEGER;
import static it.ccvmi.planner.api.layers.AttributeType.LONG;
import static it.ccvmi.planner.api.layers.AttributeType.STRING;
import static it.ccvmi.planner.api.layers.AttributeType.TIME;
import static it.ccvmi.planner.api.layers.LayerAttribute.of;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four map layers: what they are called (the WFS type name is {@code cisiamo:<name>}), their geometry
 * type (GML / GeoJSON name) and their attributes, in output order.
 */
public enum LayerType {

    ROUTES("routes", "Van routes", "The road route of each van of the plan version: depot, stops, depot (and"
            + " back to the depot to reload between trips).",
            "LineString", List.of(of("date", DATE), of("planVersion", INTEGER), of("vehicleLabel", STRING),
                    of("organisation", STRING), of("departure", TIME), of("returnTime", TIME),
                    of("distanceMetres", INTEGER), of("durationSeconds", INTEGER), of("loadKg", DECIMAL),
                    of("stopCount", INTEGER), of("trips", INTEGER))),
    STOPS("stops", "Route stops", "Each delivery stop of the plan version with its ETA and the goods handed over,"
            + " and each return to the depot to reload between trips (stopType reload, no goods).",
            "Point", List.of(of("date", DATE), of("planVersion", INTEGER), of("vehicleLabel", STRING),
                    of("sequence", INTEGER), of("stopType", STRING), of("trip", INTEGER), of("siteId", LONG), of("siteName", STRING), of("kind", STRING),
                    of("comuneIstat", STRING), of("comuneName", STRING), of("arrival", TIME), of("departure", TIME),
                    of("loadOnArrivalKg", DECIMAL), of("goods", STRING), of("deliveredKg", DECIMAL))),
    COMUNI("comuni", "Comuni and fill ratio",
            "The comuni of Città metropolitana di Milano with the kilograms requested and allocated in the plan"
                    + " version and their ratio.",
            "MultiPolygon", List.of(of("istat", STRING), of("name", STRING), of("population", INTEGER),
                    of("date", DATE), of("planVersion", INTEGER), of("requestedKg", DECIMAL),
                    of("allocatedKg", DECIMAL), of("fillRatio", DECIMAL))),
    SITES("sites", "Logistic sites", "The depot, the COCs, the ATS vaccination hubs and the nursing homes (RSA).",
            "Point", List.of(of("siteId", LONG), of("kind", STRING), of("name", STRING), of("address", STRING),
                    of("comuneIstat", STRING), of("comuneName", STRING)));

    /** Prefix of the type names in the WFS (e.g. cisiamo:routes). */
    public static final String PREFIX = "cisiamo";
    public static final String NAMESPACE = "https://ccvmi.it/cisiamo";

    private final String layerName;
    private final String title;
    private final String description;
    private final String geometryType;
    private final List<LayerAttribute> attributes;

    LayerType(String layerName, String title, String description, String geometryType,
            List<LayerAttribute> attributes) {
        this.layerName = layerName;
        this.title = title;
        this.description = description;
        this.geometryType = geometryType;
        this.attributes = attributes;
    }

    /** Finds a layer by name, with or without the {@code cisiamo:} prefix, ignoring case. */
    public static Optional<LayerType> named(String name) {
        String local = name.trim().toLowerCase(Locale.ROOT);
        if (local.startsWith(PREFIX + ":")) {
            local = local.substring(PREFIX.length() + 1);
        }
        for (LayerType type : values()) {
            if (type.layerName.equals(local)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String layerName() {
        return layerName;
    }

    public String typeName() {
        return PREFIX + ":" + layerName;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String geometryType() {
        return geometryType;
    }

    public List<LayerAttribute> attributes() {
        return attributes;
    }

    public Optional<LayerAttribute> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }
}
