package it.ccvmi.planner.benchmarks.routing;

import it.ccvmi.planner.routing.graphhopper.GraphHopperRouter;
import it.ccvmi.planner.routing.graphhopper.GraphHopperSettings;

import java.nio.file.Path;

/** Opens the metro router from the graph cache (system property {@code cisiamo.graph-cache}, default var/graph-cache). */
final class MetroRouter {

    private MetroRouter() {
    }

    static Path cacheDirectory() {
        return Path.of(System.getProperty("cisiamo.graph-cache", "var/graph-cache"));
    }

    /** The matrix cache is off: every benchmark call must compute. */
    static GraphHopperRouter open(int threads) {
        return GraphHopperRouter.open(GraphHopperSettings.of(MetroSites.metroPbf(), cacheDirectory())
                .withMatrixCacheSize(0).withParallelism(threads));
    }
}
