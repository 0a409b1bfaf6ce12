package it.ccvmi.planner.routing.matrix;

import java.util.Arrays;

/**
 * Graph nodes, each with the weight, time and distance between it and one site: how a site connects to the nodes
 * at the ends of the road it is snapped to (one node at zero cost if it is snapped onto a node), or the nodes a
 * backward search from a site settled.
 */
public record NodeCosts(int[] nodes, double[] weight, long[] millis, double[] metres) {

    int size() {
        return nodes.length;
    }

    /** Appends nodes with their costs. */
    static final class Builder {
        private int[] nodes;
        private double[] weight;
        private long[] millis;
        private double[] metres;
        private int size;

        Builder(int expectedSize) {
            int capacity = Math.max(1, expectedSize);
            nodes = new int[capacity];
            weight = new double[capacity];
            millis = new long[capacity];
            metres = new double[capacity];
        }

        Builder add(int node, double nodeWeight, long nodeMillis, double nodeMetres) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
                millis = Arrays.copyOf(millis, size * 2);
                metres = Arrays.copyOf(metres, size * 2);
            }
            nodes[size] = node;
            weight[size] = nodeWeight;
            millis[size] = nodeMillis;
            metres[size] = nodeMetres;
            size++;
            return this;
        }

        NodeCosts build() {
            return new NodeCosts(Arrays.copyOf(nodes, size), Arrays.copyOf(weight, size), Arrays.copyOf(millis, size),
                    Arrays.copyOf(metres, size));
        }
    }
}
