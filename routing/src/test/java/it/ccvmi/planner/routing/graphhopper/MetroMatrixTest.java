package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.Parameters;
import it.ccvmi.planner.routing.Leg;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SnappingException;
import it.ccvmi.planner.routing.TestData;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The bucket many-to-many matrix on the real metro graph, checked against GraphHopper's own routes. */
class MetroMatrixTest {

    private static final int SAMPLED_PAIRS = 1000;

    @Test
    void matrixEntriesEqualGraphHoppersOwnRoutes() {
        GraphHopperRouter router = MetroGraph.router();
        List<RoutingSite> sites = TestData.metroSites();
        SiteTravelMatrix matrix = router.matrix(sites);

        assertThat(matrix.size()).isEqualTo(297);
        Random random = new Random(20_201);
        for (int sample = 0; sample < SAMPLED_PAIRS; sample++) {
            int from = random.nextInt(sites.size());
            int to = random.nextInt(sites.size());
            ResponsePath route = route(router, sites.get(from), sites.get(to));
            String pair = sites.get(from) + " → " + sites.get(to);
            assertThat(matrix.seconds(from, to)).as("seconds " + pair).isCloseTo(route.getTime() / 1000.0, within(1.0));
            assertThat(matrix.metres(from, to)).as("metres " + pair).isCloseTo(route.getDistance(), within(1.0));
        }
    }

    @Test
    void matrixIsAsymmetricWhereOneWayStreetsMakeItSo() {
        SiteTravelMatrix matrix = MetroGraph.router().matrix(TestData.metroSites());
        int asymmetric = 0;
        for (int from = 0; from < matrix.size(); from++) {
            for (int to = from + 1; to < matrix.size(); to++) {
                if (Math.abs(matrix.seconds(from, to) - matrix.seconds(to, from)) > 1) {
                    asymmetric++;
                }
            }
        }
        assertThat(asymmetric).isGreaterThan(1000);
        assertThat(matrix.seconds(0, 0)).isZero();
    }

    @Test
    void recordsSnapDistancesAndTheRouterThatMadeTheTimes() {
        List<RoutingSite> sites = TestData.metroSites();
        SiteTravelMatrix matrix = MetroGraph.router().matrix(sites);

        assertThat(matrix.router().name()).isEqualTo("graphhopper");
        assertThat(matrix.router().dataSource())
                .contains("milano-area-roads.osm.pbf", "c91b625b918509eb469b0fbdce691d479bce7df6ec7475bb94af1480a1debe91");
        assertThat(matrix.router().profile()).contains("van", "90 km/h", "no turn restrictions in the data (node-based CH)");
        for (int site = 0; site < sites.size(); site++) {
            assertThat(matrix.snapDistanceMetres(site)).isBetween(0.0, GraphHopperSettings.DEFAULT_MAX_SNAP_DISTANCE_METRES);
        }
        int cernusco = matrix.indexOf("coc-015070");
        assertThat(matrix.snapDistanceMetres(cernusco)).as("Cernusco sul Naviglio's centre point lies off the roads")
                .isGreaterThan(50.0);
    }

    @Test
    void cachedMatrixServesTheSameLocationsUnderOtherIds() {
        GraphHopperRouter router = MetroGraph.router();
        List<RoutingSite> sites = TestData.comuni().subList(0, 40);
        SiteTravelMatrix first = router.matrix(sites);
        List<RoutingSite> renamed = sites.stream().map(site -> new RoutingSite("x-" + site.id(), site.name(), site.lat(), site.lon())).toList();

        SiteTravelMatrix second = router.matrix(renamed);

        assertThat(second.sites()).isEqualTo(renamed);
        for (int from = 0; from < sites.size(); from++) {
            for (int to = 0; to < sites.size(); to++) {
                assertThat(second.seconds(from, to)).isEqualTo(first.seconds(from, to));
            }
        }
    }

    @Test
    void legFromTheDepotFollowsTheRoadsIntoMilan() {
        GraphHopperRouter router = MetroGraph.router();
        RoutingSite depot = TestData.depot();
        RoutingSite milano = TestData.comuni().stream().filter(site -> site.id().equals("coc-015146")).findFirst().orElseThrow();

        Leg leg = router.leg(depot, milano);
        SiteTravelMatrix matrix = router.matrix(List.of(depot, milano));

        assertThat(leg.seconds()).isCloseTo(matrix.seconds(0, 1), within(1.0));
        assertThat(leg.metres()).isCloseTo(matrix.metres(0, 1), within(1.0));
        assertThat(leg.metres()).as("Idroscalo to Milan centre is about 10 km by road").isBetween(8_000.0, 16_000.0);
        assertThat(GeometryLength.metres(leg.geometry())).isCloseTo(leg.metres(), within(leg.metres() * 0.01));
        assertThat(leg.geometry().getSRID()).isEqualTo(4326);
    }

    @Test
    void sitesOutsideTheMetroGraphAreRefusedTogether() {
        RoutingSite rome = new RoutingSite("rsa-rm", "RSA in Rome", 41.9028, 12.4964);
        RoutingSite turin = new RoutingSite("rsa-to", "RSA in Turin", 45.0703, 7.6869);
        List<RoutingSite> sites = List.of(TestData.depot(), rome, TestData.comuni().get(0), turin);

        assertThatThrownBy(() -> MetroGraph.router().matrix(sites))
                .isInstanceOfSatisfying(SnappingException.class, error -> assertThat(error.sites())
                        .extracting(refused -> refused.site().id()).containsExactly("rsa-rm", "rsa-to"))
                .hasMessageContaining("2 site(s) cannot be placed on the road network")
                .hasMessageContaining("rsa-rm (RSA in Rome): outside the road graph");
    }

    static ResponsePath route(GraphHopperRouter router, RoutingSite from, RoutingSite to) {
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon()).setProfile(router.profileName());
        request.getHints().putObject(Parameters.Routing.INSTRUCTIONS, false);
        request.getHints().putObject(Parameters.Routing.CALC_POINTS, false);
        GHResponse response = router.graphHopper().route(request);
        assertThat(response.getErrors()).as(from + " → " + to).isEmpty();
        return response.getBest();
    }
}
