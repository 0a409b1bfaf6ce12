package it.ccvmi.planner.benchmarks.routing;

import it.ccvmi.planner.routing.SiteTravelMatrix;
import it.ccvmi.planner.routing.graphhopper.GraphHopperRouter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Start-up numbers of the metro road router, one JVM per measurement:
 * <pre>
 *   java -Xmx1g -Dcisiamo.graph-cache=/tmp/fresh-cache -cp benchmarks/target/benchmarks.jar \
 *        it.ccvmi.planner.benchmarks.routing.RoadGraphStartup
 * </pre>
 * An empty cache directory measures import + contraction; a second run measures the warm start from the cache.
 * Running with decreasing {@code -Xmx} finds the heap needed to serve the graph: the run computes a 300-site matrix
 * and prints the heap in use after a full GC.
 */
public final class RoadGraphStartup {

    private RoadGraphStartup() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        try (GraphHopperRouter router = MetroRouter.open(Runtime.getRuntime().availableProcessors())) {
            double startSeconds = (System.nanoTime() - start) / 1e9;
            SiteTravelMatrix matrix = router.matrix(MetroSites.sample(300));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long usedMegabytes = (runtime.totalMemory() - runtime.freeMemory()) / 1_048_576;
            System.out.printf(Locale.ROOT, "%s in %.1f s; graph on disk %d MB (%s); 300x300 matrix ok (depot->site 1: %.0f s); "
                            + "heap used after GC %d MB of max %d MB%n",
                    router.imported() ? "imported + CH" : "warm start from cache", startSeconds,
                    megabytes(router.graphDirectory()), router.graphDirectory(), matrix.seconds(0, 1),
                    usedMegabytes, runtime.maxMemory() / 1_048_576);
        }
    }

    private static long megabytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / 1_048_576;
        }
    }
}
