package it.ccvmi.planner.routing.graphhopper;

import it.ccvmi.planner.routing.Site;
import it.ccvmi.planner.routing.TravelMatrix;

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
    private final Map<List<Position>, TravelMatrix> matrices;

    MatrixCache(int capacity) {
        this.capacity = capacity;
        this.matrices = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Position>, TravelMatrix> eldest) {
                return size() > MatrixCache.this.capacity;
            }
        };
    }

    TravelMatrix get(List<Site> sites, Supplier<TravelMatrix> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        List<Position> key = sites.stream().map(site -> new Position(site.lat(), site.lon())).toList();
        TravelMatrix cached;
        synchronized (matrices) {
            cached = matrices.get(key);
        }
        if (cached != null) {
            return cached.withSites(sites);
        }
        TravelMatrix computed = compute.get();
        synchronized (matrices) {
            matrices.put(key, computed);
        }
        return computed;
    }
}
