package it.ccvmi.planner.routing.matrix;

import java.util.Arrays;

/** A growable list of nodes with costs, reused across searches. */
final class NodeCostList {

    private int[] nodes;
    private int[] edgeKeys;
    private double[] weight;
    private long[] millis;
    private double[] metres;
    private int size;

    NodeCostList(int expectedSize) {
        int capacity = Math.max(1, expectedSize);
        nodes = new int[capacity];
        edgeKeys = new int[capacity];
        weight = new double[capacity];
        millis = new long[capacity];
        metres = new double[capacity];
    }

    void add(int node, int edgeKey, double nodeWeight, long nodeMillis, double nodeMetres) {
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, size * 2);
            edgeKeys = Arrays.copyOf(edgeKeys, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
            millis = Arrays.copyOf(millis, size * 2);
            metres = Arrays.copyOf(metres, size * 2);
        }
        nodes[size] = node;
        edgeKeys[size] = edgeKey;
        weight[size] = nodeWeight;
        millis[size] = nodeMillis;
        metres[size] = nodeMetres;
        size++;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    int node(int index) {
        return nodes[index];
    }

    int edgeKey(int index) {
        return edgeKeys[index];
    }

    double weight(int index) {
        return weight[index];
    }

    long millis(int index) {
        return millis[index];
    }

    double metres(int index) {
        return metres[index];
    }

    NodeCosts toNodeCosts() {
        return new NodeCosts(Arrays.copyOf(nodes, size), Arrays.copyOf(edgeKeys, size), Arrays.copyOf(weight, size),
                Arrays.copyOf(millis, size), Arrays.copyOf(metres, size));
    }
}
