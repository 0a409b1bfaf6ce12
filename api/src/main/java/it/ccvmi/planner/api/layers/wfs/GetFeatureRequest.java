package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.LayerFeature;
import it.ccvmi.planner.api.layers.LayerType;
import it.ccvmi.planner.planning.geo.Wgs84;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A GetFeature query read from KVP: one feature type, output format (GML 3.2 unless named) and CRS, optional
 * BBOX (or a FES BBOX filter) and resource ids, or the GetFeatureById stored query; sorting, property selection
 * and paging (startIndex, count). WFS 1.x spellings (typeName,
 * maxFeatures, featureId) are accepted too, since several clients still send them.
 */
record GetFeatureRequest(LayerType type, OutputFormat format, CrsReference srs, Envelope bbox,
        Set<String> resourceIds, boolean byId, List<SortKey> sortBy, Set<String> propertyNames, Integer count,
        int startIndex, boolean hits) {

    /** The one stored query of the Simple WFS conformance class: a feature by its id, answered bare. */
    static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";

    record SortKey(String property, boolean descending) {
    }

    /** A page of the matching features and how many matched in all. */
    record Page(int numberMatched, List<LayerFeature> features) {
    }

    static GetFeatureRequest parse(Kvp kvp) {
        OutputFormat format = OutputFormat.named(kvp.get("outputFormat").orElse(null));
        if (kvp.get("cql_filter").isPresent()) {
            throw WfsException.optionNotSupported("cql_filter", "cql_filter is not supported; filter with BBOX or"
                    + " resourceId");
        }
        CrsReference srs = kvp.get("srsName").map(name -> CrsReference.parse(name, "srsName"))
                .orElse(CrsReference.DEFAULT);
        FesFilter filter = kvp.get("filter").map(xml -> FesFilter.parse(xml, srs)).orElse(new FesFilter(null, null));
        boolean byId = kvp.get("storedQuery_id").map(GetFeatureRequest::isGetFeatureById).orElse(false);
        Set<String> resourceIds = byId ? Set.of(kvp.require("ID"))
                : kvp.first("resourceId", "featureId").map(GetFeatureRequest::resourceIds).orElse(filter.resourceIds());
        LayerType type = type(kvp, resourceIds);
        if (filter.bbox() != null && kvp.get("bbox").isPresent()) {
            throw WfsException.invalid("bbox", "BBOX and FILTER are mutually exclusive");
        }
        Envelope bbox = kvp.get("bbox").map(value -> bbox(value, kvp)).orElse(filter.bbox());
        boolean hits = kvp.get("resultType").map(GetFeatureRequest::isHits).orElse(false);
        return new GetFeatureRequest(type, format, srs, bbox, resourceIds, byId, sortKeys(kvp, type),
                propertyNames(kvp, type),
                kvp.nonNegative("count", "maxFeatures").orElse(null), kvp.nonNegative("startIndex").orElse(0), hits);
    }

    /** Filters, sorts and pages the features of the type. */
    Page apply(List<LayerFeature> all) {
        Geometry box = bbox == null ? null : Wgs84.FACTORY.toGeometry(bbox);
        List<LayerFeature> matching = new ArrayList<>(all.stream().filter(feature -> matches(feature, box)).toList());
        if (!sortBy.isEmpty()) {
            matching.sort(comparator());
        }
        int from = Math.min(startIndex, matching.size());
        int to = count == null ? matching.size() : (int) Math.min(matching.size(), (long) from + count);
        return new Page(matching.size(), hits ? List.of() : matching.subList(from, to));
    }

    Predicate<String> selectedProperty() {
        return propertyNames == null ? name -> true : propertyNames::contains;
    }

    private boolean matches(LayerFeature feature, Geometry box) {
        if (resourceIds != null && !resourceIds.contains(feature.id())) {
            return false;
        }
        if (box == null) {
            return true;
        }
        Geometry geometry = feature.geometry();
        return geometry != null && geometry.getEnvelopeInternal().intersects(bbox) && geometry.intersects(box);
    }

    @SuppressWarnings("unchecked")
    private Comparator<LayerFeature> comparator() {
        Comparator<LayerFeature> order = null;
        for (SortKey key : sortBy) {
            Comparator<LayerFeature> byKey = Comparator.comparing(
                    feature -> (Comparable<Object>) feature.properties().get(key.property()),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            byKey = key.descending() ? byKey.reversed() : byKey;
            order = order == null ? byKey : order.thenComparing(byKey);
        }
        return order;
    }

    private static boolean isGetFeatureById(String storedQuery) {
        if (!storedQuery.equals(GET_FEATURE_BY_ID)) {
            throw WfsException.invalid("storedQuery_id", "unknown stored query '" + storedQuery + "'; the one"
                    + " stored query is " + GET_FEATURE_BY_ID);
        }
        return true;
    }

    private static LayerType type(Kvp kvp, Set<String> resourceIds) {
        String name = kvp.first("typeNames", "typeName").orElseGet(() -> {
            if (resourceIds == null) {
                throw WfsException.missing("typeNames");
            }
            // Resource ids name their type: routes.12
            String id = resourceIds.iterator().next();
            return id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        });
        List<String> names = list(name.replace("(", "").replace(")", ""));
        if (names.size() != 1) {
            throw WfsException.invalid("typeNames", "one feature type per request, got '" + name + "'");
        }
        return LayerType.named(names.get(0)).orElseThrow(() -> WfsException.invalid("typeNames",
                "unknown feature type '" + names.get(0) + "'; types: cisiamo:routes, cisiamo:stops, cisiamo:comuni,"
                        + " cisiamo:sites"));
    }

    /** BBOX=minx,miny,maxx,maxy[,crs]: the crs defaults to srsName, then to urn:ogc:def:crs:EPSG::4326. */
    private static Envelope bbox(String value, Kvp kvp) {
        String[] parts = value.split(",");
        if (parts.length != 4 && parts.length != 5) {
            throw WfsException.invalid("bbox", "BBOX needs four numbers and an optional CRS, got '" + value + "'");
        }
        double[] corners = new double[4];
        for (int i = 0; i < 4; i++) {
            corners[i] = coordinate(parts[i].trim(), "bbox");
        }
        if (corners[0] > corners[2] || corners[1] > corners[3]) {
            throw WfsException.invalid("bbox", "the lower corner of BBOX '" + value + "' is above its upper corner");
        }
        String crs = parts.length == 5 ? parts[4] : kvp.get("srsName").orElse(null);
        CrsReference reference = crs == null ? CrsReference.DEFAULT : CrsReference.parse(crs, "bbox");
        return reference.toLonLat(corners);
    }

    /** A finite number (NaN and infinities would match nothing, or everything, in a spatial test). */
    static double coordinate(String text, String parameter) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a non-finite number
        }
        throw WfsException.invalid(parameter, "'" + text + "' is not a finite number");
    }

    private static boolean isHits(String resultType) {
        if (resultType.equalsIgnoreCase("hits")) {
            return true;
        }
        if (resultType.equalsIgnoreCase("results")) {
            return false;
        }
        throw WfsException.invalid("resultType", "resultType is 'results' or 'hits', not '" + resultType + "'");
    }

    private static List<SortKey> sortKeys(Kvp kvp, LayerType type) {
        return kvp.get("sortBy").map(GetFeatureRequest::list).orElse(List.of()).stream().map(key -> {
            String[] words = key.trim().split("\\s+");
            String property = localName(words[0]);
            String direction = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
            if (type.attribute(property).isEmpty() || words.length > 2
                    || !List.of("ASC", "DESC", "A", "D").contains(direction)) {
                throw WfsException.invalid("sortBy", "cannot sort by '" + key + "'; use a property of "
                        + type.typeName() + " and ASC or DESC");
            }
            return new SortKey(property, direction.startsWith("D"));
        }).toList();
    }

    private static Set<String> propertyNames(Kvp kvp, LayerType type) {
        return kvp.get("propertyName").map(value -> {
            Set<String> names = new LinkedHashSet<>();
            for (String name : list(value.replace("(", "").replace(")", ""))) {
                String local = localName(name);
                if (!local.equals("geometry") && type.attribute(local).isEmpty()) {
                    throw WfsException.invalid("propertyName", "'" + name + "' is not a property of "
                            + type.typeName());
                }
                names.add(local);
            }
            return names;
        }).orElse(null);
    }

    private static Set<String> resourceIds(String value) {
        Set<String> ids = new LinkedHashSet<>(list(value));
        if (ids.isEmpty()) {
            throw WfsException.invalid("resourceId", "resourceId names at least one feature, e.g. routes.12");
        }
        return ids;
    }

    private static String localName(String name) {
        return name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }
}
