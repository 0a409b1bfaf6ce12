package it.ccvmi.planner.api.layers;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes layer features as a GeoJSON FeatureCollection (RFC 7946): x-first coordinates in the chosen system,
 * polygon exterior rings counter-clockwise and holes clockwise (the right-hand rule), dates and times as
 * ISO 8601 text. Callers add their own top-level members (WFS counts and links, a crs member).
 */
public final class GeoJsonWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonGenerator json;
    private final OutputCrs crs;

    private GeoJsonWriter(JsonGenerator json, OutputCrs crs) {
        this.json = json;
        this.crs = crs;
    }

    /**
     * @param property which attributes to write (all, or the WFS propertyName selection)
     * @param members  writes extra top-level members after the features
     */
    public static byte[] featureCollection(List<LayerFeature> features, OutputCrs crs, Predicate<String> property,
            Consumer<JsonGenerator> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            GeoJsonWriter writer = new GeoJsonWriter(json, crs);
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            for (LayerFeature feature : features) {
                writer.feature(feature, property);
            }
            json.writeEndArray();
            members.accept(json);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** One feature on its own, what the WFS GetFeatureById stored query answers in GeoJSON. */
    public static byte[] feature(LayerFeature feature, OutputCrs crs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            new GeoJsonWriter(json, crs).feature(feature, name -> true);
        }
        return out.toByteArray();
    }

    private void feature(LayerFeature feature, Predicate<String> property) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeStringProperty("id", feature.id());
        json.writeName("geometry");
        geometry(feature.geometry());
        json.writeName("properties");
        json.writeStartObject();
        for (Map.Entry<String, Object> entry : feature.properties().entrySet()) {
            if (property.test(entry.getKey())) {
                json.writeName(entry.getKey());
                value(entry.getValue());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void geometry(Geometry geometry) {
        if (geometry == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty("type", geometry.getGeometryType());
        json.writeName("coordinates");
        coordinates(geometry);
        json.writeEndObject();
    }

    private void coordinates(Geometry geometry) {
        if (geometry instanceof Point point) {
            position(point.getCoordinate());
        } else if (geometry instanceof LineString line) {
            ring(line.getCoordinates(), null);
        } else if (geometry instanceof Polygon polygon) {
            json.writeStartArray();
            ring(polygon.getExteriorRing().getCoordinates(), true);
            for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                ring(polygon.getInteriorRingN(hole).getCoordinates(), false);
            }
            json.writeEndArray();
        } else {
            // Multi geometries: an array of their parts' coordinates.
            json.writeStartArray();
            for (int part = 0; part < geometry.getNumGeometries(); part++) {
                coordinates(geometry.getGeometryN(part));
            }
            json.writeEndArray();
        }
    }

    /** A line or ring; {@code counterClockwise} null keeps the order, otherwise the ring is turned to match. */
    private void ring(Coordinate[] coordinates, Boolean counterClockwise) {
        boolean reverse = counterClockwise != null && Orientation.isCCW(coordinates) != counterClockwise;
        json.writeStartArray();
        for (int i = 0; i < coordinates.length; i++) {
            position(coordinates[reverse ? coordinates.length - 1 - i : i]);
        }
        json.writeEndArray();
    }

    private void position(Coordinate coordinate) {
        double[] xy = crs.fromLonLat(coordinate);
        json.writeStartArray();
        json.writeNumber(xy[0]);
        json.writeNumber(xy[1]);
        json.writeEndArray();
    }

    private void value(Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else {
            json.writeString(value.toString());
        }
    }
}
