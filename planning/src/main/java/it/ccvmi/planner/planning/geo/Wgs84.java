package it.ccvmi.planner.planning.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** Geometries in EPSG:4326 (x = longitude, y = latitude) and geodesic distances in metres. */
public final class Wgs84 {

    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    // WGS84 ellipsoid.
    private static final double SEMI_MAJOR_AXIS_M = 6_378_137.0;
    private static final double FLATTENING = 1 / 298.257223563;
    private static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

    private Wgs84() {
    }

    public static Point point(double lon, double lat) {
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }

    /**
     * Distance in metres on the WGS84 ellipsoid, using the meridian and prime-vertical radii of
     * curvature at the mean latitude. Within 0.01 % of the geodesic for the tens of kilometres of a
     * metropolitan area, which a spherical haversine (up to 0.5 % off) is not.
     */
    public static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
        double meanLat = Math.toRadians((lat1 + lat2) / 2);
        double sinLat = Math.sin(meanLat);
        double w = Math.sqrt(1 - ECCENTRICITY_SQUARED * sinLat * sinLat);
        double meridianRadius = SEMI_MAJOR_AXIS_M * (1 - ECCENTRICITY_SQUARED) / (w * w * w);
        double primeVerticalRadius = SEMI_MAJOR_AXIS_M / w;
        double north = Math.toRadians(lat2 - lat1) * meridianRadius;
        double east = Math.toRadians(lon2 - lon1) * primeVerticalRadius * Math.cos(meanLat);
        return Math.hypot(north, east);
    }

    public static double distanceMetres(Point a, Point b) {
        return distanceMetres(a.getX(), a.getY(), b.getX(), b.getY());
    }

    /** Degrees of latitude that certainly cover {@code metres} (used for bounding-box prefilters). */
    public static double latitudeDegreesCovering(double metres) {
        return metres / 110_500.0; // one degree of latitude is at least 110.57 km
    }

    /** Degrees of longitude at {@code lat} that certainly cover {@code metres}. */
    public static double longitudeDegreesCovering(double metres, double lat) {
        double cos = Math.cos(Math.toRadians(Math.min(Math.abs(lat) + latitudeDegreesCovering(metres), 89.0)));
        return metres / (111_000.0 * cos); // one degree of longitude at the equator is 111.32 km
    }
}
