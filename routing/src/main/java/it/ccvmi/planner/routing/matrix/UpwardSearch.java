package it.ccvmi.planner.routing.matrix;

import com.graphhopper.routing.weighting.Weighting;

/**
 * One upward Dijkstra search in a contraction hierarchy from (or, backwards, to) one site. Its per-node or per-edge
 * arrays are as large as the graph, so one instance is kept per worker thread and reset, never reallocated.
 */
interface UpwardSearch {

    /**
     * @param start     the site's access nodes
     * @param forward   true: paths leaving the site; false: paths arriving at it
     * @param turnCosts the query's weighting, for turn costs at nodes (used by edge-based searches only)
     */
    void run(NodeCosts start, boolean forward, Weighting turnCosts);

    /** The nodes the last run settled, in settle order, with their costs and (edge-based) edge keys. */
    NodeCostList settled();

    static UpwardSearch on(UpwardGraph graph) {
        return graph.edgeBased ? new EdgeBasedUpwardSearch(graph) : new NodeBasedUpwardSearch(graph);
    }
}
