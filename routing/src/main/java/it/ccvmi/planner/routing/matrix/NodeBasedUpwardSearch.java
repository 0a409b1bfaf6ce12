package it.ccvmi.planner.routing.matrix;

import com.graphhopper.routing.weighting.Weighting;

import java.util.Arrays;

/** An upward search on a node-based hierarchy, with stall-on-demand. */
final class NodeBasedUpwardSearch implements UpwardSearch {

    private final UpwardGraph graph;
    private final double[] weight;
    private final long[] millis;
    private final double[] metres;
    private final int[] touched;
    private int touchedCount;
    private final NodeHeap heap = new NodeHeap();
    private final NodeCostList settled = new NodeCostList(1024);

    NodeBasedUpwardSearch(UpwardGraph graph) {
        this.graph = graph;
        weight = new double[graph.nodeCount];
        Arrays.fill(weight, Double.POSITIVE_INFINITY);
        millis = new long[graph.nodeCount];
        metres = new double[graph.nodeCount];
        touched = new int[graph.nodeCount];
    }

    @Override
    public void run(NodeCosts start, boolean forward, Weighting turnCosts) {
        UpwardArcs climb = forward ? graph.forward : graph.backward;
        UpwardArcs stall = forward ? graph.backward : graph.forward;
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
            settled.add(node, NodeCosts.NO_EDGE, key, millis[node], metres[node]);
            for (int arc = climb.first[node], end = climb.first[node + 1]; arc < end; arc++) {
                improve(climb.head[arc], key + climb.weight[arc], millis[node] + climb.millis[arc],
                        metres[node] + climb.metres[arc]);
            }
        }
    }

    @Override
    public NodeCostList settled() {
        return settled;
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

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            weight[touched[i]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
        settled.clear();
        heap.clear();
    }
}
