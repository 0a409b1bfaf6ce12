package it.ccvmi.planner.routing.matrix;

import com.graphhopper.routing.weighting.Weighting;

import java.util.Arrays;

/**
 * An upward search on an edge-based hierarchy: its states are (node, edge by which the path arrives) going forward,
 * (node, edge by which it leaves) going backward, so that turn costs and restrictions apply at every node, as in
 * GraphHopper's own edge-based CH search. States are indexed by the edge key in driving direction, which also
 * determines the node.
 */
final class EdgeBasedUpwardSearch implements UpwardSearch {

    private final UpwardGraph graph;
    private double[] weight = new double[0];
    private long[] millis = new long[0];
    private double[] metres = new double[0];
    private int[] node = new int[0];
    private int[] touched = new int[0];
    private int touchedCount;
    private final NodeHeap heap = new NodeHeap();
    private final NodeCostList settled = new NodeCostList(1024);

    EdgeBasedUpwardSearch(UpwardGraph graph) {
        this.graph = graph;
        ensureStates(graph.edgeKeyCount);
    }

    @Override
    public void run(NodeCosts start, boolean forward, Weighting turnCosts) {
        UpwardArcs climb = forward ? graph.forward : graph.backward;
        reset(start);
        for (int i = 0; i < start.size(); i++) {
            int edgeKey = start.edgeKeys()[i];
            if (edgeKey == NodeCosts.NO_EDGE) {
                // the site lies on this node: nothing can reach it cheaper than at zero cost
                settleAndRelax(climb, forward, turnCosts, start.nodes()[i], edgeKey, start.weight()[i], start.millis()[i], start.metres()[i]);
            } else {
                improve(edgeKey, start.nodes()[i], start.weight()[i], start.millis()[i], start.metres()[i]);
            }
        }
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int state = heap.pop();
            if (key <= weight[state]) {
                settleAndRelax(climb, forward, turnCosts, node[state], state, key, millis[state], metres[state]);
            }
        }
    }

    @Override
    public NodeCostList settled() {
        return settled;
    }

    private void settleAndRelax(UpwardArcs climb, boolean forward, Weighting turnCosts, int at, int edgeKey,
                                double atWeight, long atMillis, double atMetres) {
        settled.add(at, edgeKey, atWeight, atMillis, atMetres);
        int edge = NodeCosts.edgeOf(edgeKey);
        for (int arc = climb.first[at], end = climb.first[at + 1]; arc < end; arc++) {
            double turn = forward
                    ? turnCosts.calcTurnWeight(edge, at, NodeCosts.edgeOf(climb.firstEdgeKey[arc]))
                    : turnCosts.calcTurnWeight(NodeCosts.edgeOf(climb.lastEdgeKey[arc]), at, edge);
            if (turn == Double.POSITIVE_INFINITY) {
                continue;
            }
            // GraphHopper 11 gives turns no time (DefaultTurnCostProvider.calcTurnMillis is 0), only weight
            improve(forward ? climb.lastEdgeKey[arc] : climb.firstEdgeKey[arc], climb.head[arc],
                    atWeight + turn + climb.weight[arc], atMillis + climb.millis[arc], atMetres + climb.metres[arc]);
        }
    }

    private void improve(int state, int at, double newWeight, long newMillis, double newMetres) {
        if (newWeight >= weight[state]) {
            return;
        }
        if (weight[state] == Double.POSITIVE_INFINITY) {
            touched[touchedCount++] = state;
        }
        weight[state] = newWeight;
        millis[state] = newMillis;
        metres[state] = newMetres;
        node[state] = at;
        heap.push(newWeight, state);
    }

    /** Clears the last run and makes room for the virtual edges of this query's snapped sites. */
    private void reset(NodeCosts start) {
        for (int i = 0; i < touchedCount; i++) {
            weight[touched[i]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
        settled.clear();
        heap.clear();
        int maxKey = Arrays.stream(start.edgeKeys()).max().orElse(0);
        ensureStates(maxKey + 1);
    }

    private void ensureStates(int states) {
        if (states <= weight.length) {
            return;
        }
        int old = weight.length;
        weight = Arrays.copyOf(weight, states);
        Arrays.fill(weight, old, states, Double.POSITIVE_INFINITY);
        millis = Arrays.copyOf(millis, states);
        metres = Arrays.copyOf(metres, states);
        node = Arrays.copyOf(node, states);
        touched = Arrays.copyOf(touched, states);
    }
}
