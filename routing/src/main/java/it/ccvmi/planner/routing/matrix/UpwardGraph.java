package it.ccvmi.planner.routing.matrix;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.CHStorage;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.RoutingCHGraphImpl;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.GHUtility;

import java.util.Arrays;

/**
 * A contraction hierarchy (node- or edge-based) flattened for many-to-many searches.
 * <p>
 * GraphHopper's shortcuts store only a weight; a travel matrix also needs time and distance, so every shortcut's
 * time (per direction) and distance is computed once here from the edges it skips, memoised, and stored next to
 * the weight in plain arrays. Searching those arrays is also much faster than GraphHopper's edge iterators, which
 * evaluate the custom model for every base edge they visit.
 */
public final class UpwardGraph {

    private static final long UNKNOWN = -1;

    /** Arcs usable from a node up to a higher node: a forward search from a source climbs these. */
    final UpwardArcs forward;
    /** Arcs usable from a higher node down to a node: a backward search from a target climbs these in reverse. */
    final UpwardArcs backward;
    final int nodeCount;
    /** Whether the hierarchy includes turn costs: searches then run on edge states, not nodes. */
    final boolean edgeBased;
    /** Number of edge keys (two per base-graph edge): the state count of edge-based searches. */
    final int edgeKeyCount;

    UpwardGraph(UpwardArcs forward, UpwardArcs backward, int nodeCount, boolean edgeBased, int edgeKeyCount) {
        this.forward = forward;
        this.backward = backward;
        this.nodeCount = nodeCount;
        this.edgeBased = edgeBased;
        this.edgeKeyCount = edgeKeyCount;
    }

    public static UpwardGraph of(RoutingCHGraph ch) {
        return new Flattener(ch).flatten();
    }

    public boolean isEdgeBased() {
        return edgeBased;
    }

    public int arcCount() {
        return forward.arcCount() + backward.arcCount();
    }

    public long memoryBytes() {
        return forward.memoryBytes() + backward.memoryBytes();
    }

    /** Walks every node's CH edges once and derives time and distance of shortcuts from the edges they skip. */
    private static final class Flattener {
        private final RoutingCHGraph ch;
        private final Weighting weighting;
        private final CHStorage store;
        private final int baseEdges;
        /** Per shortcut: millis from its lower node A to its upper node B, and from B to A. */
        private final long[] millisUp;
        private final long[] millisDown;
        private final double[] shortcutMetres;

        Flattener(RoutingCHGraph ch) {
            this.ch = ch;
            this.weighting = ch.getWeighting();
            this.store = ((RoutingCHGraphImpl) ch).getCHStorage();
            this.baseEdges = ch.getBaseGraph().getEdges();
            int shortcuts = ch.getShortcuts();
            this.millisUp = filled(new long[shortcuts]);
            this.millisDown = filled(new long[shortcuts]);
            this.shortcutMetres = new double[shortcuts];
            Arrays.fill(shortcutMetres, Double.NaN);
        }

        private static long[] filled(long[] array) {
            Arrays.fill(array, UNKNOWN);
            return array;
        }

        UpwardGraph flatten() {
            int nodes = ch.getNodes();
            UpwardArcs.Builder forward = new UpwardArcs.Builder(nodes);
            UpwardArcs.Builder backward = new UpwardArcs.Builder(nodes);
            RoutingCHEdgeExplorer outExplorer = ch.createOutEdgeExplorer();
            RoutingCHEdgeExplorer inExplorer = ch.createInEdgeExplorer();
            for (int node = 0; node < nodes; node++) {
                addArcsToHigherNodes(forward, outExplorer, node, false);
                addArcsToHigherNodes(backward, inExplorer, node, true);
            }
            return new UpwardGraph(forward.build(), backward.build(), nodes, ch.isEdgeBased(), 2 * baseEdges);
        }

        /**
         * @param towardsNode false: arcs driven from the node up to the higher node; true: driven from the higher
         *                    node down to the node
         */
        private void addArcsToHigherNodes(UpwardArcs.Builder arcs, RoutingCHEdgeExplorer explorer, int node,
                                          boolean towardsNode) {
            int level = ch.getLevel(node);
            arcs.startNode(node);
            RoutingCHEdgeIterator edge = explorer.setBaseNode(node);
            while (edge.next()) {
                int higher = edge.getAdjNode();
                if (higher != node && ch.getLevel(higher) > level) {
                    long millis = towardsNode ? millis(edge.getEdge(), higher, node) : millis(edge.getEdge(), node, higher);
                    arcs.add(higher, edge.getWeight(towardsNode), millis, metres(edge.getEdge(), higher),
                            edgeKey(edge, towardsNode, true), edgeKey(edge, towardsNode, false));
                }
            }
        }

        /**
         * The key of the first or last original edge of a CH edge, in driving direction. Shortcuts store theirs;
         * base edges are iterated from the node, so their key is reversed when driven towards it.
         */
        private int edgeKey(RoutingCHEdgeIteratorState edge, boolean towardsNode, boolean first) {
            if (!ch.isEdgeBased()) {
                return NodeCosts.NO_EDGE;
            }
            if (edge.isShortcut()) {
                return first ? edge.getOrigEdgeKeyFirst() : edge.getOrigEdgeKeyLast();
            }
            return towardsNode ? GHUtility.reverseEdgeKey(edge.getOrigEdgeKeyFirst()) : edge.getOrigEdgeKeyFirst();
        }

        /** Travel time along a CH edge from one of its end nodes to the other. */
        private long millis(int chEdge, int from, int to) {
            if (chEdge < baseEdges) {
                EdgeIteratorState edge = ch.getBaseGraph().getEdgeIteratorState(chEdge, to);
                return weighting.calcEdgeMillis(edge, false);
            }
            int shortcut = chEdge - baseEdges;
            boolean up = store.getNodeA(store.toShortcutPointer(shortcut)) == from;
            long[] memo = up ? millisUp : millisDown;
            if (memo[shortcut] == UNKNOWN) {
                SkippedPair skipped = skipped(chEdge, to);
                memo[shortcut] = millis(skipped.first, from, skipped.middle) + millis(skipped.second, skipped.middle, to);
            }
            return memo[shortcut];
        }

        /** Length of a CH edge; the same in both directions. */
        private double metres(int chEdge, int anyEnd) {
            if (chEdge < baseEdges) {
                return ch.getBaseGraph().getEdgeIteratorState(chEdge, Integer.MIN_VALUE).getDistance();
            }
            int shortcut = chEdge - baseEdges;
            if (Double.isNaN(shortcutMetres[shortcut])) {
                SkippedPair skipped = skipped(chEdge, anyEnd);
                shortcutMetres[shortcut] = metres(skipped.first, skipped.middle) + metres(skipped.second, anyEnd);
            }
            return shortcutMetres[shortcut];
        }

        /** The two edges a shortcut skips, ordered so that the second one ends at {@code to}. */
        private SkippedPair skipped(int shortcutEdge, int to) {
            RoutingCHEdgeIteratorState shortcut = ch.getEdgeIteratorState(shortcutEdge, to);
            int skip1 = shortcut.getSkippedEdge1();
            int skip2 = shortcut.getSkippedEdge2();
            RoutingCHEdgeIteratorState last = ch.getEdgeIteratorState(skip2, to);
            if (last != null) {
                return new SkippedPair(skip1, last.getBaseNode(), skip2);
            }
            last = ch.getEdgeIteratorState(skip1, to);
            return new SkippedPair(skip2, last.getBaseNode(), skip1);
        }

        private record SkippedPair(int first, int middle, int second) {
        }
    }
}
