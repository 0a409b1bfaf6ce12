package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.util.DistanceCalcEarth;
import it.ccvmi.planner.routing.RoutingSite;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/** Length of a WGS84 line string along the earth's surface. */
final class GeometryLength {

    private GeometryLength() {
    }

    static double metres(RoutingSite site, Point point) {
        return DistanceCalcEarth.DIST_EARTH.calcDist(site.lat(), site.lon(), point.getY(), point.getX());
    }

    static double metres(LineString line) {
        Coordinate[] points = line.getCoordinates();
        double metres = 0;
        for (int i = 1; i < points.length; i++) {
            metres += DistanceCalcEarth.DIST_EARTH.calcDist(points[i - 1].y, points[i - 1].x, points[i].y, points[i].x);
        }
        return metres;
    }
}
