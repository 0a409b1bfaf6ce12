package it.ccvmi.planner.routing.matrix;

/**
 * How a site connects to the road graph's nodes in one direction: the nodes at the ends of the road it is snapped
 * to, with weight, time and distance between the site and each of them. A site snapped exactly onto a node has
 * one arc of zero cost.
 */
public record AccessArcs(int[] nodes, double[] weight, long[] millis, double[] metres) {

    int size() {
        return nodes.length;
    }
}
