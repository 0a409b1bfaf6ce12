package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.ResponsePath;
import it.ccvmi.planner.routing.Leg;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SnappingException;
import it.ccvmi.planner.routing.TestData;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Matrix, snapping and geometry on the small raw-OSM fixture near the Duomo (imports in about a second). */
class FixtureRoutingTest {

    @TempDir
    static Path cache;
    private static GraphHopperRouter router;

    @BeforeAll
    static void importFixture() {
        router = GraphHopperRouter.open(GraphHopperSettings.of(TestData.fixturePbf(), cache));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void everyMatrixEntryEqualsGraphHoppersOwnRoute() {
        List<RoutingSite> sites = randomSitesInFixture(40, new Random(7));
        SiteTravelMatrix matrix = router.matrix(sites);

        for (int from = 0; from < sites.size(); from++) {
            for (int to = 0; to < sites.size(); to++) {
                if (from == to) {
                    assertThat(matrix.seconds(from, to)).isZero();
                    continue;
                }
                ResponsePath route = MetroMatrixTest.route(router, sites.get(from), sites.get(to));
                assertThat(matrix.seconds(from, to)).as("seconds %d → %d", from, to).isCloseTo(route.getTime() / 1000.0, within(1.0));
                assertThat(matrix.metres(from, to)).as("metres %d → %d", from, to).isCloseTo(route.getDistance(), within(1.0));
            }
        }
    }

    @Test
    void extractWithTurnRestrictionsGetsAnEdgeBasedHierarchy() {
        assertThat(router.graphHopper().getCHGraphs().get("van").isEdgeBased()).isTrue();
        assertThat(router.description().profile()).contains("turn restrictions (edge-based CH)");
    }

    @Test
    void sitesOnTheSameRoadAndAtTheSamePlaceAreRoutedAlongIt() {
        RoutingSite a = new RoutingSite("a", "A", 45.4600, 9.1960);
        RoutingSite nearA = new RoutingSite("near-a", "A, a few metres on", 45.46002, 9.19603);
        RoutingSite twinOfA = new RoutingSite("twin", "A again", 45.4600, 9.1960);
        SiteTravelMatrix matrix = router.matrix(List.of(a, nearA, twinOfA));

        assertThat(matrix.seconds(0, 2)).isZero();
        assertThat(matrix.metres(2, 0)).isZero();
        ResponsePath route = MetroMatrixTest.route(router, a, nearA);
        assertThat(matrix.metres(0, 1)).isCloseTo(route.getDistance(), within(1.0));
        assertThat(matrix.seconds(0, 1)).isCloseTo(route.getTime() / 1000.0, within(1.0));
    }

    @Test
    void refusesAllUnsnappableSitesInOneError() {
        RoutingSite duomo = new RoutingSite("duomo", "Piazza del Duomo", 45.4620, 9.1950);
        RoutingSite idroscalo = new RoutingSite("depot", "Idroscalo depot", 45.458, 9.2955);
        RoutingSite courtyard = new RoutingSite("rsa-9", "RSA in a courtyard", 45.4600, 9.1960);
        GraphHopperRouter strict = GraphHopperRouter.open(
                GraphHopperSettings.of(TestData.fixturePbf(), cache).withMaxSnapDistanceMetres(0.5));

        try (strict) {
            assertThatThrownBy(() -> strict.matrix(List.of(idroscalo, duomo, courtyard)))
                    .isInstanceOfSatisfying(SnappingException.class, error -> {
                        assertThat(error.sites()).extracting(refused -> refused.site().id())
                                .contains("depot", "rsa-9");
                        SnappingException.UnsnappableSite outside = error.sites().get(0);
                        assertThat(outside.distanceMetres()).isNaN();
                        assertThat(outside.reason()).contains("outside the road graph");
                        assertThat(error.sites()).filteredOn(refused -> refused.site().id().equals("rsa-9"))
                                .singleElement().satisfies(far -> assertThat(far.distanceMetres()).isGreaterThan(0.5));
                        assertThat(error.getMessage()).contains("depot (Idroscalo depot)", "rsa-9 (RSA in a courtyard)", "limit 1 m");
                    });
        }
    }

    @Test
    void oneWayStreetsMakeTheMatrixAsymmetric() {
        SiteTravelMatrix matrix = router.matrix(randomSitesInFixture(30, new Random(11)));
        boolean asymmetric = false;
        for (int from = 0; from < matrix.size(); from++) {
            for (int to = 0; to < matrix.size(); to++) {
                asymmetric |= Math.abs(matrix.metres(from, to) - matrix.metres(to, from)) > 50;
            }
        }
        assertThat(asymmetric).isTrue();
    }

    @Test
    void legGeometryFollowsTheRoadsInWgs84() {
        RoutingSite from = new RoutingSite("s", "South-west corner", 45.4582, 9.1925);
        RoutingSite to = new RoutingSite("n", "North-east corner", 45.4625, 9.1995);
        Leg leg = router.leg(from, to);
        SiteTravelMatrix matrix = router.matrix(List.of(from, to));

        LineString line = leg.geometry();
        assertThat(line.getSRID()).isEqualTo(4326);
        assertThat(line.getNumPoints()).isGreaterThan(2);
        assertThat(GeometryLength.metres(from, line.getStartPoint())).as("starts where the site was snapped")
                .isCloseTo(matrix.snapDistanceMetres(0), within(1.0));
        assertThat(GeometryLength.metres(to, line.getEndPoint())).as("ends where the site was snapped")
                .isCloseTo(matrix.snapDistanceMetres(1), within(1.0));
        assertThat(GeometryLength.metres(line)).isCloseTo(leg.metres(), within(leg.metres() * 0.01));
        assertThat(leg.seconds()).isCloseTo(matrix.seconds(0, 1), within(1.0));
    }

    /** Random points inside the fixture's data bounds. */
    static List<RoutingSite> randomSitesInFixture(int count, Random random) {
        List<RoutingSite> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double lat = 45.4580 + random.nextDouble() * (45.4628 - 45.4580);
            double lon = 9.1916 + random.nextDouble() * (9.2004 - 9.1916);
            sites.add(new RoutingSite("p" + i, "point " + i, lat, lon));
        }
        return sites;
    }
}
