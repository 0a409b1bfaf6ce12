package it.ccvmi.planner.routing.matrix;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.GHUtility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Connects snapped sites to the contraction hierarchy. A site snapped onto the middle of a road becomes a virtual
 * node of GraphHopper's {@link QueryGraph}; the costs from it to the road's end nodes (and between sites on the
 * same road) are taken from the query graph with the same weighting GraphHopper's own routing uses, so the matrix
 * agrees with GraphHopper's point-to-point routes.
 */
public final class SnapAccess {

    private final QueryGraph queryGraph;
    private final Weighting weighting;
    private final int baseNodes;
    private final Map<Integer, List<Integer>> sitesByNode = new HashMap<>();

    private SnapAccess(BaseGraph baseGraph, Weighting weighting, List<Snap> snaps) {
        this.queryGraph = QueryGraph.create(baseGraph, snaps);
        this.weighting = queryGraph.wrapWeighting(weighting);
        this.baseNodes = baseGraph.getNodes();
        for (int site = 0; site < snaps.size(); site++) {
            sitesByNode.computeIfAbsent(snaps.get(site).getClosestNode(), node -> new ArrayList<>()).add(site);
        }
    }

    /** The matrix query for the given snaps, one per site in matrix order. */
    public static MatrixQuery query(BaseGraph baseGraph, Weighting weighting, List<Snap> snaps) {
        return new SnapAccess(baseGraph, weighting, snaps).build(snaps);
    }

    private MatrixQuery build(List<Snap> snaps) {
        List<NodeCosts> leaving = new ArrayList<>();
        List<NodeCosts> arriving = new ArrayList<>();
        List<MatrixQuery.DirectLink> directLinks = new ArrayList<>();
        for (int site = 0; site < snaps.size(); site++) {
            int node = snaps.get(site).getClosestNode();
            leaving.add(explore(site, node, true, directLinks));
            arriving.add(explore(site, node, false, null));
        }
        return new MatrixQuery(leaving, arriving, directLinks, weighting);
    }

    /**
     * Dijkstra from the site's node over virtual nodes only, stopping at real graph nodes.
     *
     * @param directLinks receives links to other sites met on the way (forward only), or null
     */
    private NodeCosts explore(int site, int start, boolean forward, List<MatrixQuery.DirectLink> directLinks) {
        Map<Integer, Cost> best = new HashMap<>();
        PriorityQueue<Cost> queue = new PriorityQueue<>();
        Cost origin = new Cost(start, NodeCosts.NO_EDGE, 0, 0, 0);
        best.put(start, origin);
        queue.add(origin);
        List<Cost> reachedGraphNodes = new ArrayList<>();
        EdgeExplorer explorer = queryGraph.createEdgeExplorer();
        while (!queue.isEmpty()) {
            Cost current = queue.poll();
            if (current != best.get(current.node)) {
                continue;
            }
            if (directLinks != null) {
                for (int other : sitesByNode.getOrDefault(current.node, List.of())) {
                    if (other != site) {
                        directLinks.add(new MatrixQuery.DirectLink(site, other, current.weight, current.millis, current.metres));
                    }
                }
            }
            if (current.node < baseNodes) {
                reachedGraphNodes.add(current);
                continue;
            }
            EdgeIterator edge = explorer.setBaseNode(current.node);
            while (edge.next()) {
                double weight = weighting.calcEdgeWeight(edge, !forward);
                if (Double.isInfinite(weight)) {
                    continue;
                }
                // keys in driving direction: away from the site going forward, towards it going backward
                int edgeKey = forward ? edge.getEdgeKey() : GHUtility.reverseEdgeKey(edge.getEdgeKey());
                Cost next = new Cost(edge.getAdjNode(), edgeKey, current.weight + weight,
                        current.millis + weighting.calcEdgeMillis(edge, !forward), current.metres + edge.getDistance());
                Cost known = best.get(next.node);
                if (known == null || next.weight < known.weight) {
                    best.put(next.node, next);
                    queue.add(next);
                }
            }
        }
        return toNodeCosts(reachedGraphNodes);
    }

    private static NodeCosts toNodeCosts(List<Cost> costs) {
        NodeCostList list = new NodeCostList(costs.size());
        costs.forEach(cost -> list.add(cost.node, cost.edgeKey, cost.weight, cost.millis, cost.metres));
        return list.toNodeCosts();
    }

    /** @param edgeKey the last edge key of the path (forward) or the first (backward) */
    private record Cost(int node, int edgeKey, double weight, long millis, double metres) implements Comparable<Cost> {
        @Override
        public int compareTo(Cost other) {
            return Double.compare(weight, other.weight);
        }
    }
}
