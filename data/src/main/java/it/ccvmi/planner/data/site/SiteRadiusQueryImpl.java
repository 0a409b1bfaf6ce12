package it.ccvmi.planner.data.site;

import it.ccvmi.planner.planning.geo.Wgs84;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Prefilters with a lon/lat bounding box that surely covers the circle (index-backed on both
 * databases), then keeps the sites whose ellipsoidal distance is within the radius. Computing the
 * exact distance here rather than in SQL gives identical metres on PostGIS and H2GIS.
 */
class SiteRadiusQueryImpl implements SiteRadiusQuery {

    private final ObjectProvider<SiteRepository> sites;

    SiteRadiusQueryImpl(ObjectProvider<SiteRepository> sites) {
        this.sites = sites;
    }

    @Override
    public List<SiteAtDistance> findWithinMetres(double lon, double lat, double radiusMetres) {
        if (!(radiusMetres >= 0)) {
            throw new IllegalArgumentException("radius must be a non-negative number of metres: " + radiusMetres);
        }
        double dLat = Wgs84.latitudeDegreesCovering(radiusMetres);
        double dLon = Wgs84.longitudeDegreesCovering(radiusMetres, lat);
        return sites.getObject().findInEnvelope(lon - dLon, lat - dLat, lon + dLon, lat + dLat).stream()
                .map(site -> new SiteAtDistance(site,
                        Wgs84.distanceMetres(lon, lat, site.getLocation().getX(), site.getLocation().getY())))
                .filter(found -> found.distanceMetres() <= radiusMetres)
                .sorted(Comparator.comparingDouble(SiteAtDistance::distanceMetres))
                .toList();
    }
}
