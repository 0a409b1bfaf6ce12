package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.ResponsePath;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Synthetic street grids, small enough to compare every matrix entry with GraphHopper's own route: one without
 * turn restrictions (node-based hierarchy) and one with a no-left-turn at its centre (edge-based).
 */
class GridRoutingTest {

    private static final int GRID = 15;
    private static final int CENTRE = 7;
    private static final double STEP = 0.001;

    @Test
    void everyEntryEqualsGraphHoppersRouteOnANodeBasedGrid(@TempDir Path dir) throws IOException {
        Path extract = Files.writeString(dir.resolve("grid.osm"), grid(false));
        Random random = new Random(5);
        List<RoutingSite> sites = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sites.add(new RoutingSite("g" + i, "grid point " + i, lat(0) + random.nextDouble() * STEP * (GRID - 1),
                    lon(0) + random.nextDouble() * STEP * (GRID - 1)));
        }

        try (GraphHopperRouter router = GraphHopperRouter.open(GraphHopperSettings.of(extract, dir.resolve("cache")))) {
            assertThat(router.graphHopper().getCHGraphs().get("van").isEdgeBased()).isFalse();
            SiteTravelMatrix matrix = router.matrix(sites);
            for (int from = 0; from < sites.size(); from++) {
                for (int to = 0; to < sites.size(); to++) {
                    if (from != to) {
                        ResponsePath route = MetroMatrixTest.route(router, sites.get(from), sites.get(to));
                        assertThat(matrix.metres(from, to)).as("metres %d → %d", from, to).isCloseTo(route.getDistance(), within(1.0));
                        assertThat(matrix.seconds(from, to)).as("seconds %d → %d", from, to).isCloseTo(route.getTime() / 1000.0, within(1.0));
                    }
                }
            }
        }
    }

    @Test
    void matrixHonoursANoLeftTurn(@TempDir Path dir) throws IOException {
        Path extract = Files.writeString(dir.resolve("grid.osm"), grid(true));
        RoutingSite south = new RoutingSite("s", "on the street south of the centre", lat(CENTRE) - STEP / 2, lon(CENTRE));
        RoutingSite west = new RoutingSite("w", "on the street west of the centre", lat(CENTRE), lon(CENTRE) - STEP / 2);

        try (GraphHopperRouter router = GraphHopperRouter.open(GraphHopperSettings.of(extract, dir.resolve("cache")))) {
            SiteTravelMatrix matrix = router.matrix(List.of(south, west));

            double direct = 55.6 + 39.0; // half a block north, then half a block west
            assertThat(matrix.metres(0, 1)).as("south → west may not turn left at the centre").isGreaterThan(direct + 100);
            assertThat(matrix.metres(1, 0)).as("west → south turns right: allowed").isCloseTo(direct, within(2.0));
            for (int[] pair : new int[][]{{0, 1}, {1, 0}}) {
                ResponsePath route = MetroMatrixTest.route(router, List.of(south, west).get(pair[0]), List.of(south, west).get(pair[1]));
                assertThat(matrix.metres(pair[0], pair[1])).isCloseTo(route.getDistance(), within(1.0));
                assertThat(matrix.seconds(pair[0], pair[1])).isCloseTo(route.getTime() / 1000.0, within(1.0));
            }
        }
    }

    private static double lat(int row) {
        return 45.45 + row * STEP;
    }

    private static double lon(int column) {
        return 9.20 + column * STEP;
    }

    private static long nodeId(int row, int column) {
        return row * GRID + column + 1L;
    }

    /** Every block side is its own way, so the restriction names exactly the arms it concerns. */
    private static String grid(boolean noLeftTurnAtCentre) {
        StringBuilder osm = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n");
        for (int row = 0; row < GRID; row++) {
            for (int column = 0; column < GRID; column++) {
                osm.append("<node id=\"%d\" version=\"1\" lat=\"%.6f\" lon=\"%.6f\"/>\n".formatted(nodeId(row, column), lat(row), lon(column)));
            }
        }
        long wayId = 1000;
        long southArm = 0;
        long westArm = 0;
        for (int row = 0; row < GRID; row++) {
            for (int column = 0; column < GRID; column++) {
                if (column + 1 < GRID) {
                    wayId++;
                    osm.append(way(wayId, nodeId(row, column), nodeId(row, column + 1)));
                    if (row == CENTRE && column + 1 == CENTRE) {
                        westArm = wayId;
                    }
                }
                if (row + 1 < GRID) {
                    wayId++;
                    osm.append(way(wayId, nodeId(row, column), nodeId(row + 1, column)));
                    if (column == CENTRE && row + 1 == CENTRE) {
                        southArm = wayId;
                    }
                }
            }
        }
        if (!noLeftTurnAtCentre) {
            return osm.append("</osm>\n").toString();
        }
        osm.append("""
                <relation id="1" version="1">
                  <member type="way" ref="%d" role="from"/>
                  <member type="node" ref="%d" role="via"/>
                  <member type="way" ref="%d" role="to"/>
                  <tag k="type" v="restriction"/>
                  <tag k="restriction" v="no_left_turn"/>
                </relation>
                </osm>
                """.formatted(southArm, nodeId(CENTRE, CENTRE), westArm));
        return osm.toString();
    }

    private static String way(long id, long from, long to) {
        return "<way id=\"%d\" version=\"1\"><nd ref=\"%d\"/><nd ref=\"%d\"/><tag k=\"highway\" v=\"residential\"/></way>%n"
                .formatted(id, from, to);
    }
}
