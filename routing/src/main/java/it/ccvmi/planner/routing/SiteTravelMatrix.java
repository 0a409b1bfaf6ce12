package it.ccvmi.planner.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Travel time and road distance from every site to every other, asymmetric (one-way streets), with the router
 * that computed them. Row = from, column = to. Immutable.
 */
public final class SiteTravelMatrix {

    private final List<RoutingSite> sites;
    private final Map<String, Integer> indexById;
    private final double[] seconds;
    private final double[] metres;
    private final double[] snapDistanceMetres;
    private final RouterDescription router;

    /**
     * @param seconds            row-major {@code n × n} travel times
     * @param metres             row-major {@code n × n} road distances
     * @param snapDistanceMetres per site, the distance from its position to the road it was placed on
     */
    public SiteTravelMatrix(List<RoutingSite> sites, double[] seconds, double[] metres, double[] snapDistanceMetres,
                        RouterDescription router) {
        int n = sites.size();
        if (seconds.length != n * n || metres.length != n * n || snapDistanceMetres.length != n) {
            throw new IllegalArgumentException("Matrix arrays do not match " + n + " sites");
        }
        this.sites = List.copyOf(sites);
        this.indexById = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (indexById.put(sites.get(i).id(), i) != null) {
                throw new IllegalArgumentException("Duplicate site id in matrix: " + sites.get(i).id());
            }
        }
        this.seconds = seconds.clone();
        this.metres = metres.clone();
        this.snapDistanceMetres = snapDistanceMetres.clone();
        this.router = router;
    }

    /**
     * The same times for other sites at the same positions, in the same order (e.g. a cached matrix reused for
     * sites with other ids).
     */
    public SiteTravelMatrix withSites(List<RoutingSite> sameLocations) {
        if (sameLocations.size() != size()) {
            throw new IllegalArgumentException("Expected " + size() + " sites, got " + sameLocations.size());
        }
        for (int i = 0; i < size(); i++) {
            RoutingSite mine = sites.get(i);
            RoutingSite theirs = sameLocations.get(i);
            if (mine.lat() != theirs.lat() || mine.lon() != theirs.lon()) {
                throw new IllegalArgumentException("Site " + theirs + " is not at the position of " + mine);
            }
        }
        return new SiteTravelMatrix(sameLocations, seconds, metres, snapDistanceMetres, router);
    }

    public int size() {
        return sites.size();
    }

    public List<RoutingSite> sites() {
        return sites;
    }

    public int indexOf(String siteId) {
        Integer index = indexById.get(siteId);
        if (index == null) {
            throw new IllegalArgumentException("Site " + siteId + " is not in this matrix");
        }
        return index;
    }

    public double seconds(int from, int to) {
        return seconds[from * size() + to];
    }

    public double metres(int from, int to) {
        return metres[from * size() + to];
    }

    public double snapDistanceMetres(int site) {
        return snapDistanceMetres[site];
    }

    public RouterDescription router() {
        return router;
    }
}
