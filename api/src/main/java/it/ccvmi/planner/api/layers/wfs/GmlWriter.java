package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.LayerFeature;
import it.ccvmi.planner.api.layers.LayerType;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes layer features as GML 3.2 following the application schema of {@link FeatureTypeSchema}: the geometry
 * property first, then the attributes in the layer's order (absent ones left out, unknown values nil).
 * Coordinates follow the axis order of the CRS as the client wrote it (latitude first for
 * urn:ogc:def:crs:EPSG::4326), and every geometry names that CRS. Polygons become a gml:MultiSurface, since
 * GML 3.2 has no MultiPolygon; exterior rings are counter-clockwise, holes clockwise.
 */
final class GmlWriter {

    private final XmlDocument xml;
    private final CrsReference srs;

    private GmlWriter(XmlDocument xml, CrsReference srs) {
        this.xml = xml;
        this.srs = srs;
    }

    /** A wfs:FeatureCollection of a page of features; {@code next}/{@code previous} are page links or null. */
    static byte[] featureCollection(GetFeatureRequest.Page page, LayerType type, CrsReference srs,
            Predicate<String> property, String timeStamp, String next, String previous) {
        XmlDocument xml = new XmlDocument("wfs:FeatureCollection", namespaces());
        xml.attribute("numberMatched", page.numberMatched()).attribute("numberReturned", page.features().size())
                .attribute("timeStamp", timeStamp);
        if (next != null) {
            xml.attribute("next", next);
        }
        if (previous != null) {
            xml.attribute("previous", previous);
        }
        GmlWriter writer = new GmlWriter(xml, srs);
        for (LayerFeature feature : page.features()) {
            xml.start("wfs:member");
            writer.feature(feature, type, property);
            xml.end();
        }
        return xml.end().finish();
    }

    /** One feature as the document's root, what the GetFeatureById stored query answers. */
    static byte[] single(LayerFeature feature, LayerType type, CrsReference srs) {
        XmlDocument xml = new XmlDocument(type.typeName(), namespaces());
        new GmlWriter(xml, srs).featureContent(feature, type, name -> true);
        return xml.end().finish();
    }

    /** The GML property type of a layer's geometry, as the application schema declares it. */
    static String geometryPropertyType(LayerType type) {
        return "gml:" + gmlGeometryName(type) + "PropertyType";
    }

    private static String gmlGeometryName(LayerType type) {
        return type.geometryType().equals("MultiPolygon") ? "MultiSurface" : type.geometryType();
    }

    private static Map<String, String> namespaces() {
        Map<String, String> namespaces = new LinkedHashMap<>();
        namespaces.put("wfs", XmlDocument.WFS);
        namespaces.put("gml", XmlDocument.GML);
        namespaces.put("xsi", XmlDocument.XSI);
        namespaces.put(LayerType.PREFIX, LayerType.NAMESPACE);
        return namespaces;
    }

    private void feature(LayerFeature feature, LayerType type, Predicate<String> property) {
        xml.start(type.typeName());
        featureContent(feature, type, property);
        xml.end();
    }

    private void featureContent(LayerFeature feature, LayerType type, Predicate<String> property) {
        xml.attribute("gml:id", feature.id());
        if (feature.geometry() != null && property.test("geometry")) {
            xml.start(LayerType.PREFIX + ":geometry");
            GeometryIds ids = new GeometryIds(feature.id());
            if (gmlGeometryName(type).equals("MultiSurface")) {
                multiSurface(feature.geometry(), ids);
            } else {
                geometry(feature.geometry(), ids);
            }
            xml.end();
        }
        for (Map.Entry<String, Object> entry : feature.properties().entrySet()) {
            if (property.test(entry.getKey())) {
                String element = LayerType.PREFIX + ":" + entry.getKey();
                if (entry.getValue() == null) {
                    xml.empty(element).attribute("xsi:nil", true);
                } else {
                    xml.element(element, text(entry.getValue()));
                }
            }
        }
    }

    private void geometry(Geometry geometry, GeometryIds ids) {
        if (geometry instanceof Point point) {
            open("gml:Point", ids).element("gml:pos", positions(new Coordinate[] {point.getCoordinate()})).end();
        } else if (geometry instanceof LineString line) {
            open("gml:LineString", ids).element("gml:posList", positions(line.getCoordinates())).end();
        } else if (geometry instanceof Polygon polygon) {
            polygon(polygon, ids);
        } else {
            throw new IllegalArgumentException("no GML for a " + geometry.getGeometryType() + " here");
        }
    }

    private void multiSurface(Geometry geometry, GeometryIds ids) {
        open("gml:MultiSurface", ids);
        for (int part = 0; part < geometry.getNumGeometries(); part++) {
            xml.start("gml:surfaceMember");
            polygon((Polygon) geometry.getGeometryN(part), ids);
            xml.end();
        }
        xml.end();
    }

    private void polygon(Polygon polygon, GeometryIds ids) {
        open("gml:Polygon", ids);
        ring("gml:exterior", polygon.getExteriorRing().getCoordinates(), true);
        for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
            ring("gml:interior", polygon.getInteriorRingN(hole).getCoordinates(), false);
        }
        xml.end();
    }

    private void ring(String element, Coordinate[] coordinates, boolean counterClockwise) {
        Coordinate[] ordered = coordinates.clone();
        if (Orientation.isCCW(ordered) != counterClockwise) {
            Collections.reverse(Arrays.asList(ordered));
        }
        xml.start(element).start("gml:LinearRing").element("gml:posList", positions(ordered)).end().end();
    }

    private XmlDocument open(String element, GeometryIds ids) {
        return xml.start(element).attribute("gml:id", ids.next()).attribute("srsName", srs.gmlSrsName())
                .attribute("srsDimension", 2);
    }

    private String positions(Coordinate[] coordinates) {
        StringBuilder text = new StringBuilder();
        for (Coordinate coordinate : coordinates) {
            double[] axes = srs.axes(coordinate);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(number(axes[0])).append(' ').append(number(axes[1]));
        }
        return text.toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time); // xsd:time needs the seconds
        }
        return value.toString();
    }

    /** Document-unique gml:ids for a feature's geometries: routes.12.g1, routes.12.g2, … */
    private static final class GeometryIds {

        private final String featureId;
        private int count;

        GeometryIds(String featureId) {
            this.featureId = featureId;
        }

        String next() {
            return featureId + ".g" + ++count;
        }
    }
}
