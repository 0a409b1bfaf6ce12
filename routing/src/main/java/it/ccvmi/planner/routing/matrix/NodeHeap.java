package it.ccvmi.planner.routing.matrix;

import java.util.Arrays;

/**
 * A binary min-heap of (weight, node) pairs with lazy deletion: a node is pushed again when its weight improves
 * and the caller skips outdated pops. Its arrays grow as needed and are reused across searches.
 */
final class NodeHeap {

    private double[] keys = new double[256];
    private int[] nodes = new int[256];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    void push(double key, int node) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            nodes[i] = nodes[parent];
            i = parent;
        }
        keys[i] = key;
        nodes[i] = node;
    }

    double peekKey() {
        return keys[0];
    }

    /** Removes the entry with the smallest weight and returns its node. */
    int pop() {
        int top = nodes[0];
        size--;
        if (size > 0) {
            siftDown(keys[size], nodes[size]);
        }
        return top;
    }

    private void siftDown(double key, int node) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (key <= keys[child]) {
                break;
            }
            keys[i] = keys[child];
            nodes[i] = nodes[child];
            i = child;
        }
        keys[i] = key;
        nodes[i] = node;
    }
}
