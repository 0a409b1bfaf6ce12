package it.ccvmi.planner.benchmarks.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.Parameters;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import it.ccvmi.planner.routing.graphhopper.GraphHopperRouter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The full travel matrix for 50, 150 and 300 real sites on the metro road graph: the bucket many-to-many search
 * ({@link #manyToManyMatrix}) against one GraphHopper point-to-point CH route per pair ({@link #routePerPair}),
 * both on two threads. The graph must be in the cache first (run any routing test, or
 * {@link RoadGraphStartup}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TravelMatrixBenchmark {

    @Param({"50", "150", "300"})
    public int sites;

    /** Matrix worker threads; {@code -p threads=1} measures the search alone. */
    @Param({"2"})
    public int threads;

    private GraphHopperRouter router;
    private List<RoutingSite> sample;

    @Setup(Level.Trial)
    public void openRouter() {
        router = MetroRouter.open(threads);
        sample = MetroSites.sample(sites);
    }

    @TearDown(Level.Trial)
    public void closeRouter() {
        router.close();
    }

    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 3)
    public SiteTravelMatrix manyToManyMatrix() {
        return router.matrix(sample);
    }

    /** Returns the sum of all times so that no route is optimised away. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long routePerPair() {
        return IntStream.range(0, sample.size()).parallel()
                .mapToLong(from -> IntStream.range(0, sample.size()).mapToLong(to -> routeMillis(from, to)).sum())
                .sum();
    }

    private long routeMillis(int from, int to) {
        RoutingSite a = sample.get(from);
        RoutingSite b = sample.get(to);
        GHRequest request = new GHRequest(a.lat(), a.lon(), b.lat(), b.lon()).setProfile(router.profileName());
        request.getHints().putObject(Parameters.Routing.INSTRUCTIONS, false);
        request.getHints().putObject(Parameters.Routing.CALC_POINTS, false);
        GHResponse response = router.graphHopper().route(request);
        if (response.hasErrors()) {
            throw new IllegalStateException(a + " → " + b + ": " + response.getErrors());
        }
        return response.getBest().getTime();
    }
}
