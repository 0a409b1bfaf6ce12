package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.shapes.BBox;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SnappingException;
import it.ccvmi.planner.routing.SnappingException.UnsnappableSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Places sites on the nearest road the van may drive on (outside small disconnected islands). Refuses, all at
 * once, the sites outside the graph or farther than the limit from any such road: routing them from a wrong road
 * would give plausible but wrong times.
 */
final class SiteSnapper {

    private final LocationIndex locationIndex;
    private final EdgeFilter usableRoads;
    private final BBox graphBounds;
    private final double maxSnapDistanceMetres;

    SiteSnapper(LocationIndex locationIndex, EdgeFilter usableRoads, BBox graphBounds, double maxSnapDistanceMetres) {
        this.locationIndex = locationIndex;
        this.usableRoads = usableRoads;
        this.graphBounds = graphBounds;
        this.maxSnapDistanceMetres = maxSnapDistanceMetres;
    }

    /** One snap per site, in order, each with its snap distance in {@link Snap#getQueryDistance()}. */
    List<Snap> snap(List<RoutingSite> sites) {
        List<Snap> snaps = new ArrayList<>(sites.size());
        List<UnsnappableSite> refused = new ArrayList<>();
        for (RoutingSite site : sites) {
            if (!graphBounds.contains(site.lat(), site.lon())) {
                refused.add(new UnsnappableSite(site, Double.NaN, String.format(Locale.ROOT,
                        "outside the road graph (lat %.6f, lon %.6f; graph covers %s)", site.lat(), site.lon(), graphBounds)));
                continue;
            }
            Snap snap = locationIndex.findClosest(site.lat(), site.lon(), usableRoads);
            if (!snap.isValid()) {
                refused.add(new UnsnappableSite(site, Double.NaN, "no road a van may use near it"));
            } else if (snap.getQueryDistance() > maxSnapDistanceMetres) {
                refused.add(new UnsnappableSite(site, snap.getQueryDistance(), String.format(Locale.ROOT,
                        "nearest usable road is %.0f m away (limit %.0f m)", snap.getQueryDistance(), maxSnapDistanceMetres)));
            } else {
                snaps.add(snap);
            }
        }
        if (!refused.isEmpty()) {
            throw new SnappingException(refused);
        }
        return snaps;
    }
}
