package it.ccvmi.planner.routing.graphhopper;

import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SiteTravelMatrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently used matrices of one router (hence one graph and profile), keyed by the ordered list of site
 * positions: the same locations give the same times whatever the sites are called.
 */
final class MatrixCache {

    private record Position(double lat, double lon) {
    }

    private final int capacity;
    private final Map<List<Position>, SiteTravelMatrix> matrices;

    MatrixCache(int capacity) {
        this.capacity = capacity;
        this.matrices = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Position>, SiteTravelMatrix> eldest) {
                return size() > MatrixCache.this.capacity;
            }
        };
    }

    SiteTravelMatrix get(List<RoutingSite> sites, Supplier<SiteTravelMatrix> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        List<Position> key = sites.stream().map(site -> new Position(site.lat(), site.lon())).toList();
        SiteTravelMatrix cached;
        synchronized (matrices) {
            cached = matrices.get(key);
        }
        if (cached != null) {
            return cached.withSites(sites);
        }
        SiteTravelMatrix computed = compute.get();
        synchronized (matrices) {
            matrices.put(key, computed);
        }
        return computed;
    }
}
