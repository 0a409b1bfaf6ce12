package it.ccvmi.planner.routing.matrix;

import java.util.Arrays;

/**
 * One upward Dijkstra search in a contraction hierarchy, with stall-on-demand. Its per-node arrays are as large as
 * the graph, so one instance is kept per worker thread and reset by touched-node lists, never reallocated.
 * After {@link #run}, the settled (not stalled) nodes are available in settle order.
 */
final class UpwardSearch {

    private final double[] weight;
    private final long[] millis;
    private final double[] metres;
    private final int[] touched;
    private int touchedCount;
    private final NodeHeap heap = new NodeHeap();

    private int[] settledNodes = new int[1024];
    private int settledCount;

    UpwardSearch(int nodeCount) {
        weight = new double[nodeCount];
        Arrays.fill(weight, Double.POSITIVE_INFINITY);
        millis = new long[nodeCount];
        metres = new double[nodeCount];
        touched = new int[nodeCount];
    }

    /**
     * Searches upwards from the access nodes of one site.
     *
     * @param climb the arcs this search follows
     * @param stall the arcs of the opposite direction, used to detect nodes reached on a non-shortest path
     */
    void run(UpwardArcs climb, UpwardArcs stall, NodeCosts start) {
        reset();
        for (int i = 0; i < start.size(); i++) {
            improve(start.nodes()[i], start.weight()[i], start.millis()[i], start.metres()[i]);
        }
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int node = heap.pop();
            if (key > weight[node] || isStalled(stall, node)) {
                continue;
            }
            addSettled(node);
            for (int arc = climb.first[node], end = climb.first[node + 1]; arc < end; arc++) {
                improve(climb.head[arc], key + climb.weight[arc], millis[node] + climb.millis[arc],
                        metres[node] + climb.metres[arc]);
            }
        }
    }

    int settledCount() {
        return settledCount;
    }

    int settledNode(int index) {
        return settledNodes[index];
    }

    double weight(int node) {
        return weight[node];
    }

    long millis(int node) {
        return millis[node];
    }

    double metres(int node) {
        return metres[node];
    }

    /** The settled nodes with their costs, copied out of the reusable search arrays. */
    NodeCosts settledCosts() {
        NodeCosts.Builder builder = new NodeCosts.Builder(settledCount);
        for (int i = 0; i < settledCount; i++) {
            int node = settledNodes[i];
            builder.add(node, weight[node], millis[node], metres[node]);
        }
        return builder.build();
    }

    /** A node is stalled when a higher node already reached offers a shorter way to it. */
    private boolean isStalled(UpwardArcs stall, int node) {
        double nodeWeight = weight[node];
        for (int arc = stall.first[node], end = stall.first[node + 1]; arc < end; arc++) {
            if (weight[stall.head[arc]] + stall.weight[arc] < nodeWeight) {
                return true;
            }
        }
        return false;
    }

    private void improve(int node, double newWeight, long newMillis, double newMetres) {
        if (newWeight >= weight[node]) {
            return;
        }
        if (weight[node] == Double.POSITIVE_INFINITY) {
            touched[touchedCount++] = node;
        }
        weight[node] = newWeight;
        millis[node] = newMillis;
        metres[node] = newMetres;
        heap.push(newWeight, node);
    }

    private void addSettled(int node) {
        if (settledCount == settledNodes.length) {
            settledNodes = Arrays.copyOf(settledNodes, settledCount * 2);
        }
        settledNodes[settledCount++] = node;
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            weight[touched[i]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
        settledCount = 0;
        heap.clear();
    }
}
