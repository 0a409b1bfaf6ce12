package it.ccvmi.planner.routing.matrix;

/**
 * Graph nodes, each with the weight, time and distance between it and one site: how a site connects to the nodes
 * at the ends of the road it is snapped to, or the nodes a search from a site settled.
 *
 * @param edgeKeys per node, for edge-based searches (turn costs) the GraphHopper edge key in driving direction of
 *                 the road by which the path reaches the node (from a site) or leaves it (to a site);
 *                 {@link #NO_EDGE} when the site lies on the node itself or turn costs are off
 */
public record NodeCosts(int[] nodes, int[] edgeKeys, double[] weight, long[] millis, double[] metres) {

    public static final int NO_EDGE = -1;

    int size() {
        return nodes.length;
    }

    /** The edge id of an edge key, or {@link #NO_EDGE}. */
    static int edgeOf(int edgeKey) {
        return edgeKey < 0 ? NO_EDGE : edgeKey >>> 1;
    }
}
