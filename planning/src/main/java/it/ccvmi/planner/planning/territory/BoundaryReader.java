package it.ccvmi.planner.planning.territory;

import it.ccvmi.planner.planning.csv.ImportProblem;
import it.ccvmi.planner.planning.geo.Wgs84;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the comune boundaries of a GeoJSON FeatureCollection (RFC 7946, lon/lat) into MultiPolygons
 * keyed by the {@code istat_code} property; a Polygon becomes a one-part MultiPolygon. Features are
 * streamed so each problem can name the line its feature starts on.
 */
final class BoundaryReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;
    private final List<ImportProblem> problems;

    BoundaryReader(String file, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    Map<String, MultiPolygon> read(Reader reader) {
        Map<String, MultiPolygon> boundaries = new LinkedHashMap<>();
        try (JsonParser parser = MAPPER.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new ImportProblem(file, 1, null, "not a GeoJSON object"));
                return boundaries;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    readFeatures(parser, boundaries);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new ImportProblem(file, line, null, "malformed JSON: " + e.getOriginalMessage()));
        }
        return boundaries;
    }

    private void readFeatures(JsonParser parser, Map<String, MultiPolygon> boundaries) {
        int index = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int line = parser.currentTokenLocation().getLineNr();
            JsonNode feature = parser.readValueAsTree();
            String field = "features[" + index++ + "]";
            String istatCode = feature.path("properties").path("istat_code").asString("");
            if (istatCode.isBlank()) {
                problems.add(new ImportProblem(file, line, field + ".properties.istat_code", "is missing"));
                continue;
            }
            MultiPolygon boundary = toMultiPolygon(feature.path("geometry"), line, field + ".geometry");
            if (boundary != null && boundaries.put(istatCode, boundary) != null) {
                problems.add(new ImportProblem(file, line, field + ".properties.istat_code",
                        "duplicate boundary for " + istatCode));
            }
        }
    }

    private MultiPolygon toMultiPolygon(JsonNode geometry, int line, String field) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        try {
            List<Polygon> polygons = new ArrayList<>();
            switch (type) {
                case "Polygon" -> polygons.add(polygon(coordinates));
                case "MultiPolygon" -> coordinates.forEach(part -> polygons.add(polygon(part)));
                default -> {
                    problems.add(new ImportProblem(file, line, field + ".type",
                            "'" + type + "' is not a Polygon or MultiPolygon"));
                    return null;
                }
            }
            MultiPolygon boundary = Wgs84.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            if (!boundary.isValid()) {
                problems.add(new ImportProblem(file, line, field, "the boundary is not a valid polygon"));
                return null;
            }
            return boundary;
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(file, line, field + ".coordinates", e.getMessage()));
            return null;
        }
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least an exterior ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return Wgs84.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new IllegalArgumentException("position " + i + " is not [lon, lat]");
            }
            coordinates[i] = new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
        }
        return Wgs84.FACTORY.createLinearRing(coordinates); // rejects rings that are not closed
    }
}
