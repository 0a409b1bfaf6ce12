package it.ccvmi.planner.routing.graphhopper;

import it.ccvmi.planner.routing.TestData;

import java.nio.file.Path;

/**
 * The metro road graph, shared by every test class of the run: imported once into {@code target/graph-cache}
 * (about 90 s), loaded from there by later runs because the cache is keyed by the PBF checksum and profile.
 */
final class MetroGraph {

    static final Path CACHE = Path.of("target", "graph-cache");
    private static GraphHopperRouter router;

    private MetroGraph() {
    }

    static synchronized GraphHopperRouter router() {
        if (router == null) {
            router = GraphHopperRouter.open(GraphHopperSettings.of(TestData.metroPbf(), CACHE).withMatrixCacheSize(4));
            Runtime.getRuntime().addShutdownHook(new Thread(router::close));
        }
        return router;
    }
}
