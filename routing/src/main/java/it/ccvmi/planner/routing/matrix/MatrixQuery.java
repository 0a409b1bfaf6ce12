package it.ccvmi.planner.routing.matrix;

import com.graphhopper.routing.weighting.Weighting;

import java.util.List;

/**
 * The sites of one matrix, as the search sees them.
 *
 * @param leaving     per site, how to get from the site onto the graph's nodes
 * @param arriving    per site, how to get from the graph's nodes to the site
 * @param directLinks drives between sites snapped onto the same road that need not pass any graph node
 * @param turnCosts   the weighting of the query graph (which knows the snapped sites' virtual edges), for turn
 *                    costs in edge-based searches
 */
public record MatrixQuery(List<NodeCosts> leaving, List<NodeCosts> arriving, List<DirectLink> directLinks,
                          Weighting turnCosts) {

    public MatrixQuery {
        if (leaving.size() != arriving.size()) {
            throw new IllegalArgumentException("Every site needs both leaving and arriving access arcs");
        }
    }

    int size() {
        return leaving.size();
    }

    public record DirectLink(int from, int to, double weight, long millis, double metres) {
    }
}
