package it.ccvmi.planner.routing.matrix;

import com.carrotsearch.hppc.DoubleArrayList;
import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;

/**
 * The arcs from each node to higher-ranked nodes of a contraction hierarchy, for one search direction, in
 * compressed-sparse-row form: the arcs of node {@code n} are at indices {@code first[n] .. first[n + 1] - 1}.
 * Each arc keeps the weight the hierarchy was built on, plus the travel time and distance it stands for, and for
 * edge-based hierarchies the keys of its first and last original edge in driving direction (for turn costs).
 */
final class UpwardArcs {

    final int[] first;
    final int[] head;
    final double[] weight;
    final long[] millis;
    final double[] metres;
    final int[] firstEdgeKey;
    final int[] lastEdgeKey;

    UpwardArcs(int[] first, int[] head, double[] weight, long[] millis, double[] metres, int[] firstEdgeKey,
                       int[] lastEdgeKey) {
        this.first = first;
        this.head = head;
        this.weight = weight;
        this.millis = millis;
        this.metres = metres;
        this.firstEdgeKey = firstEdgeKey;
        this.lastEdgeKey = lastEdgeKey;
    }

    int arcCount() {
        return head.length;
    }

    long memoryBytes() {
        return 4L * first.length + (4L + 8 + 8 + 8 + 4 + 4) * head.length;
    }

    /** Collects arcs node by node, in increasing node order. */
    static final class Builder {
        private final int[] first;
        private final IntArrayList head = new IntArrayList();
        private final DoubleArrayList weight = new DoubleArrayList();
        private final LongArrayList millis = new LongArrayList();
        private final DoubleArrayList metres = new DoubleArrayList();
        private final IntArrayList firstEdgeKey = new IntArrayList();
        private final IntArrayList lastEdgeKey = new IntArrayList();
        private int currentNode = -1;

        Builder(int nodeCount) {
            this.first = new int[nodeCount + 1];
        }

        void startNode(int node) {
            while (currentNode < node) {
                first[++currentNode] = head.size();
            }
        }

        void add(int headNode, double arcWeight, long arcMillis, double arcMetres, int firstKey, int lastKey) {
            head.add(headNode);
            weight.add(arcWeight);
            millis.add(arcMillis);
            metres.add(arcMetres);
            firstEdgeKey.add(firstKey);
            lastEdgeKey.add(lastKey);
        }

        UpwardArcs build() {
            startNode(first.length - 1);
            return new UpwardArcs(first, head.toArray(), weight.toArray(), millis.toArray(), metres.toArray(),
                    firstEdgeKey.toArray(), lastEdgeKey.toArray());
        }
    }
}
