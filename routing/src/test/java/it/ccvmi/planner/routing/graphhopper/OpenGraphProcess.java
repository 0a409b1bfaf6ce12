package it.ccvmi.planner.routing.graphhopper;

import java.nio.file.Path;

/** Run as a separate JVM by {@link GraphCacheTest}: opens a router on a PBF and cache and reports whether it imported. */
public final class OpenGraphProcess {

    private OpenGraphProcess() {
    }

    public static void main(String[] args) {
        try (GraphHopperRouter router = GraphHopperRouter.open(GraphHopperSettings.of(Path.of(args[0]), Path.of(args[1])))) {
            System.out.println("imported=" + router.imported() + " dir=" + router.graphDirectory());
        }
    }
}
