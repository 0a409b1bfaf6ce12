package it.ccvmi.planner.api.layers;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The coordinate systems the layers are served in. Coordinates are always x-first in the output (GeoJSON,
 * RFC 7946): longitude/latitude for EPSG:4326, easting/northing for EPSG:3857, rounded to about a centimetre
 * (7 decimals of a degree, 2 decimals of a metre).
 */
public enum OutputCrs {

    WGS84(4326, 7), WEB_MERCATOR(3857, 2);

    /** Sphere radius of the Web Mercator (EPSG:3857) projection: the WGS84 semi-major axis. */
    private static final double RADIUS = 6_378_137.0;

    private final int epsg;
    private final double scale;

    OutputCrs(int epsg, int decimals) {
        this.epsg = epsg;
        this.scale = Math.pow(10, decimals);
    }

    public String urn() {
        return "urn:ogc:def:crs:EPSG::" + epsg;
    }

    /** The output x, y of a longitude/latitude, rounded. */
    public double[] fromLonLat(double lon, double lat) {
        if (this == WGS84) {
            return new double[] {round(lon), round(lat)};
        }
        return new double[] {round(mercatorX(lon)), round(mercatorY(lat))};
    }

    public double[] fromLonLat(Coordinate coordinate) {
        return fromLonLat(coordinate.x, coordinate.y);
    }

    /** A box given in this system as a longitude/latitude envelope (Mercator maps boxes onto boxes). */
    public Envelope toLonLat(double minX, double minY, double maxX, double maxY) {
        if (this == WGS84) {
            return new Envelope(minX, maxX, minY, maxY);
        }
        return new Envelope(longitude(minX), longitude(maxX), latitude(minY), latitude(maxY));
    }

    public static double mercatorX(double lon) {
        return RADIUS * Math.toRadians(lon);
    }

    public static double mercatorY(double lat) {
        return RADIUS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    }

    private static double longitude(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    private static double latitude(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
    }

    private double round(double value) {
        return Math.round(value * scale) / scale;
    }
}
