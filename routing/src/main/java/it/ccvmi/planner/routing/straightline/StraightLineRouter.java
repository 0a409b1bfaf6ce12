package it.ccvmi.planner.routing.straightline;

import it.ccvmi.planner.routing.Leg;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.RouterDescription;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.List;
import java.util.Locale;

/** Travel estimates for places with no road data: haversine distance × detour factor ÷ speed. Symmetric. */
public final class StraightLineRouter implements Router {

    static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final StraightLineSettings settings;
    private final RouterDescription description;

    public StraightLineRouter(StraightLineSettings settings) {
        this.settings = settings;
        this.description = new RouterDescription("straight-line", "no road data",
                String.format(Locale.ROOT, "haversine × %.2f ÷ %.1f km/h", settings.detourFactor(), settings.speedKmh()));
    }

    @Override
    public RouterDescription description() {
        return description;
    }

    @Override
    public SiteTravelMatrix matrix(List<RoutingSite> sites) {
        int n = sites.size();
        double[] seconds = new double[n * n];
        double[] metres = new double[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                double roadMetres = roadMetres(sites.get(from), sites.get(to));
                metres[from * n + to] = roadMetres;
                seconds[from * n + to] = secondsFor(roadMetres);
            }
        }
        return new SiteTravelMatrix(sites, seconds, metres, new double[n], description);
    }

    @Override
    public Leg leg(RoutingSite from, RoutingSite to) {
        double roadMetres = roadMetres(from, to);
        LineString line = WGS84.createLineString(new Coordinate[]{
                new Coordinate(from.lon(), from.lat()), new Coordinate(to.lon(), to.lat())});
        return new Leg(from, to, secondsFor(roadMetres), roadMetres, line);
    }

    @Override
    public void close() {
        // nothing to release
    }

    private double roadMetres(RoutingSite from, RoutingSite to) {
        return haversineMetres(from.lat(), from.lon(), to.lat(), to.lon()) * settings.detourFactor();
    }

    private double secondsFor(double roadMetres) {
        return roadMetres / (settings.speedKmh() / 3.6);
    }

    static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
