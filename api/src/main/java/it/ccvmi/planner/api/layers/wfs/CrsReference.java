package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.OutputCrs;
import org.locationtech.jts.geom.Coordinate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;

/**
 * A CRS named in srsName or BBOX, with the axis order its form implies. The OGC forms of EPSG:4326
 * ({@code urn:ogc:def:crs:EPSG::4326}, {@code http://www.opengis.net/def/crs/EPSG/0/4326}) follow the EPSG
 * definition, latitude first; the short {@code EPSG:4326} and {@code .../epsg.xml#4326} forms are read
 * longitude first, as GeoServer does, because that is what clients writing them mean. CRS84 is longitude
 * first by definition; EPSG:3857 (also 900913) is easting/northing in every form.
 */
record CrsReference(OutputCrs crs, boolean latitudeFirst) {

    static final CrsReference DEFAULT = new CrsReference(OutputCrs.WGS84, true);

    private static final Pattern URN = Pattern.compile("urn:(?:ogc|x-ogc):def:crs:epsg:[0-9.]*:(\\d+)");
    private static final Pattern HTTP_URI = Pattern.compile("https?://www\\.opengis\\.net/def/crs/epsg/0/(\\d+)");
    private static final Pattern SHORT = Pattern.compile("epsg:(\\d+)");
    private static final Pattern GML_URL = Pattern.compile("https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d+)");

    /** @param parameter the parameter the name came from, for the exception's locator */
    static CrsReference parse(String name, String parameter) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("crs:84") || lower.equals("urn:ogc:def:crs:ogc:1.3:crs84")
                || lower.equals("http://www.opengis.net/def/crs/ogc/1.3/crs84")) {
            return new CrsReference(OutputCrs.WGS84, false);
        }
        for (Pattern form : new Pattern[] {URN, HTTP_URI}) {
            Matcher matcher = form.matcher(lower);
            if (matcher.matches()) {
                return of(matcher.group(1), true, name, parameter);
            }
        }
        for (Pattern form : new Pattern[] {SHORT, GML_URL}) {
            Matcher matcher = form.matcher(lower);
            if (matcher.matches()) {
                return of(matcher.group(1), false, name, parameter);
            }
        }
        throw unsupported(name, parameter);
    }

    private static CrsReference of(String code, boolean ogcForm, String name, String parameter) {
        switch (code) {
            case "4326":
                return new CrsReference(OutputCrs.WGS84, ogcForm);
            case "3857":
            case "900913":
                return new CrsReference(OutputCrs.WEB_MERCATOR, false);
            default:
                throw unsupported(name, parameter);
        }
    }

    /** The longitude/latitude envelope of a box whose corners are given in this CRS's axis order. */
    Envelope toLonLat(double[] corners) {
        if (latitudeFirst) {
            return crs.toLonLat(corners[1], corners[0], corners[3], corners[2]);
        }
        return crs.toLonLat(corners[0], corners[1], corners[2], corners[3]);
    }

    /** A position's output numbers in this CRS's axis order. */
    double[] axes(Coordinate coordinate) {
        double[] xy = crs.fromLonLat(coordinate);
        return latitudeFirst ? new double[] {xy[1], xy[0]} : xy;
    }

    /** The srsName GML geometries carry: a name whose axis order is the order their coordinates are in. */
    String gmlSrsName() {
        if (crs == OutputCrs.WGS84 && !latitudeFirst) {
            return "urn:ogc:def:crs:OGC:1.3:CRS84";
        }
        return crs.urn();
    }

    private static WfsException unsupported(String name, String parameter) {
        return WfsException.invalid(parameter, "unsupported CRS '" + name
                + "'; supported: urn:ogc:def:crs:EPSG::4326, EPSG:4326, CRS:84, urn:ogc:def:crs:EPSG::3857, EPSG:3857");
    }
}
