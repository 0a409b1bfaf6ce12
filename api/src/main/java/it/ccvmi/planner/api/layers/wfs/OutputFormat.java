package it.ccvmi.planner.api.layers.wfs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What GetFeature answers in: GML 3.2, the WFS 2.0 default that desktop GIS (QGIS, GDAL) read, or GeoJSON, which
 * MapStore asks for. Each is accepted under the names clients send for it.
 */
enum OutputFormat {

    GML32("application/gml+xml; version=3.2", List.of("application/gml+xml; version=3.2",
            "text/xml; subtype=gml/3.2", "text/xml; subtype=gml/3.2.1", "application/gml+xml", "gml32")),
    GEOJSON("application/json", List.of("application/json", "application/geo+json", "json", "geojson",
            "application/json; subtype=geojson"));

    private final String mediaType;
    private final List<String> names;

    OutputFormat(String mediaType, List<String> names) {
        this.mediaType = mediaType;
        this.names = names;
    }

    /** Every accepted name, GML first: the list the capabilities advertise. */
    static List<String> allNames() {
        return Arrays.stream(values()).flatMap(format -> format.names.stream()).toList();
    }

    /** The format a client named, ignoring case and spaces; GML 3.2 when it named none. */
    static OutputFormat named(String name) {
        if (name == null) {
            return GML32;
        }
        String normalised = normalise(name);
        for (OutputFormat format : values()) {
            if (format.names.stream().anyMatch(known -> normalise(known).equals(normalised))) {
                return format;
            }
        }
        throw WfsException.invalid("outputFormat", "output format '" + name + "' is not supported; use "
                + String.join(", ", allNames()));
    }

    String mediaType() {
        return mediaType;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
    }
}
