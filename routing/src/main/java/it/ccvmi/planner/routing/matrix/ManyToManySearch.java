package it.ccvmi.planner.routing.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bucket-based many-to-many shortest paths on a contraction hierarchy (Knopp, Sanders, Schultes, Schulz, Wagner:
 * "Computing Many-to-Many Shortest Paths Using Highway Hierarchies", ALENEX 2007; here on CH as in Geisberger et
 * al.). For {@code n} sites it runs {@code 2n} small upward searches instead of {@code n²} point-to-point queries:
 * <ol>
 *     <li>a backward upward search from every target leaves (target, cost) entries in buckets at the nodes it
 *     settles;</li>
 *     <li>a forward upward search from every source scans the buckets of the nodes it settles; the best
 *     source-cost + bucket-cost over all meeting nodes is the shortest path.</li>
 * </ol>
 * On an edge-based hierarchy the searches run on edge states and the turn cost at the meeting node is added, as
 * GraphHopper's own edge-based CH search does.
 * <p>
 * Searches of each phase are spread over the worker threads; each worker reuses one {@link UpwardSearch}.
 */
public final class ManyToManySearch implements AutoCloseable {

    private final UpwardGraph graph;
    private final int parallelism;
    private final ExecutorService workers;
    private final BlockingQueue<UpwardSearch> searches;
    /** Bucket of node v = entries {@code bucketStart[v] .. bucketEnd[v] - 1}; reset after every matrix. */
    private final int[] bucketStart;
    private final int[] bucketEnd;

    public ManyToManySearch(UpwardGraph graph, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1, got " + parallelism);
        }
        this.graph = graph;
        this.parallelism = parallelism;
        AtomicInteger threadNumber = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "travel-matrix-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.searches = new ArrayBlockingQueue<>(parallelism);
        for (int i = 0; i < parallelism; i++) {
            searches.add(UpwardSearch.on(graph));
        }
        this.bucketStart = new int[graph.nodeCount];
        this.bucketEnd = new int[graph.nodeCount];
    }

    /** Buckets are shared state, so matrices are computed one at a time; each already uses every worker. */
    public synchronized TravelCosts compute(MatrixQuery query) {
        int n = query.size();
        Buckets buckets = fillBuckets(query);
        double[] weights = new double[n * n];
        double[] seconds = new double[n * n];
        double[] metres = new double[n * n];
        try {
            inParallel(n, (source, search) -> scanBuckets(query, source, search, buckets, weights, seconds, metres));
        } finally {
            buckets.clear();
        }
        applyDirectLinks(query, weights, seconds, metres);
        for (int site = 0; site < n; site++) {
            seconds[site * n + site] = 0;
            metres[site * n + site] = 0;
        }
        return new TravelCosts(n, seconds, metres);
    }

    private Buckets fillBuckets(MatrixQuery query) {
        int n = query.size();
        NodeCosts[] spaces = new NodeCosts[n];
        inParallel(n, (target, search) -> {
            search.run(query.arriving().get(target), false, query.turnCosts());
            spaces[target] = search.settled().toNodeCosts();
        });
        return new Buckets(spaces);
    }

    private void scanBuckets(MatrixQuery query, int source, UpwardSearch search, Buckets buckets,
                             double[] weights, double[] seconds, double[] metres) {
        int n = query.size();
        double[] bestWeight = new double[n];
        Arrays.fill(bestWeight, Double.POSITIVE_INFINITY);
        long[] bestMillis = new long[n];
        double[] bestMetres = new double[n];
        search.run(query.leaving().get(source), true, query.turnCosts());
        NodeCostList settled = search.settled();
        for (int i = 0; i < settled.size(); i++) {
            int node = settled.node(i);
            int inEdge = NodeCosts.edgeOf(settled.edgeKey(i));
            for (int entry = bucketStart[node], end = bucketEnd[node]; entry < end; entry++) {
                int target = buckets.target[entry];
                double candidate = settled.weight(i) + buckets.weight[entry];
                if (graph.edgeBased && candidate < bestWeight[target]) {
                    candidate += query.turnCosts().calcTurnWeight(inEdge, node, NodeCosts.edgeOf(buckets.edgeKey[entry]));
                }
                if (candidate < bestWeight[target]) {
                    bestWeight[target] = candidate;
                    bestMillis[target] = settled.millis(i) + buckets.millis[entry];
                    bestMetres[target] = settled.metres(i) + buckets.metres[entry];
                }
            }
        }
        for (int target = 0; target < n; target++) {
            boolean reached = bestWeight[target] != Double.POSITIVE_INFINITY;
            weights[source * n + target] = bestWeight[target];
            seconds[source * n + target] = reached ? bestMillis[target] / 1000.0 : Double.POSITIVE_INFINITY;
            metres[source * n + target] = reached ? bestMetres[target] : Double.POSITIVE_INFINITY;
        }
    }

    /** Two sites on the same road may be closest along that road, without passing any graph node. */
    private static void applyDirectLinks(MatrixQuery query, double[] weights, double[] seconds, double[] metres) {
        int n = query.size();
        for (MatrixQuery.DirectLink link : query.directLinks()) {
            int cell = link.from() * n + link.to();
            if (link.weight() < weights[cell]) {
                weights[cell] = link.weight();
                seconds[cell] = link.millis() / 1000.0;
                metres[cell] = link.metres();
            }
        }
    }

    private void inParallel(int count, SearchTask task) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int worker = 0; worker < Math.min(parallelism, count); worker++) {
            running.add(workers.submit(() -> {
                UpwardSearch search = searches.take();
                try {
                    for (int item = next.getAndIncrement(); item < count; item = next.getAndIncrement()) {
                        task.run(item, search);
                    }
                } finally {
                    searches.add(search);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Travel matrix search failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while computing a travel matrix", e);
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** All bucket entries, grouped by node (counting sort), with the node ranges in bucketStart/bucketEnd. */
    private final class Buckets {
        final int[] target;
        final int[] edgeKey;
        final double[] weight;
        final long[] millis;
        final double[] metres;
        private final int[] nodesWithBucket;

        Buckets(NodeCosts[] spaces) {
            int total = 0;
            for (NodeCosts space : spaces) {
                total += space.nodes().length;
            }
            // bucketEnd first counts the entries per node
            int[] distinct = new int[total];
            int distinctCount = 0;
            for (NodeCosts space : spaces) {
                for (int node : space.nodes()) {
                    if (bucketEnd[node]++ == 0) {
                        distinct[distinctCount++] = node;
                    }
                }
            }
            int offset = 0;
            for (int i = 0; i < distinctCount; i++) {
                int node = distinct[i];
                int size = bucketEnd[node];
                bucketStart[node] = offset;
                bucketEnd[node] = offset;
                offset += size;
            }
            target = new int[total];
            edgeKey = new int[total];
            weight = new double[total];
            millis = new long[total];
            metres = new double[total];
            for (int t = 0; t < spaces.length; t++) {
                NodeCosts space = spaces[t];
                for (int i = 0; i < space.nodes().length; i++) {
                    int entry = bucketEnd[space.nodes()[i]]++;
                    target[entry] = t;
                    edgeKey[entry] = space.edgeKeys()[i];
                    weight[entry] = space.weight()[i];
                    millis[entry] = space.millis()[i];
                    metres[entry] = space.metres()[i];
                }
            }
            nodesWithBucket = Arrays.copyOf(distinct, distinctCount);
        }

        void clear() {
            for (int node : nodesWithBucket) {
                bucketStart[node] = 0;
                bucketEnd[node] = 0;
            }
        }
    }

    @FunctionalInterface
    private interface SearchTask {
        void run(int item, UpwardSearch search) throws Exception;
    }
}
