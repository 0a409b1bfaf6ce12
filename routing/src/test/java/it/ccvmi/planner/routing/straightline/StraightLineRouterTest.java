package it.ccvmi.planner.routing.straightline;

import it.ccvmi.planner.routing.Leg;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.TestData;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StraightLineRouterTest {

    private static final RoutingSite DUOMO = new RoutingSite("duomo", "Piazza del Duomo", 45.4642, 9.1900);
    private static final RoutingSite IDROSCALO = new RoutingSite("depot", "Idroscalo", 45.458, 9.2955);

    @Test
    void distanceIsHaversineTimesDetourAndTimeFollowsTheSpeed() {
        Router router = Routers.create(RoutingSettings.straightLine(new StraightLineSettings(1.5, 36)));
        SiteTravelMatrix matrix = router.matrix(List.of(DUOMO, IDROSCALO));

        // 8,256.9 m on a sphere of radius 6,371,008.8 m (computed independently with Python's math module)
        double straight = StraightLineRouter.haversineMetres(DUOMO.lat(), DUOMO.lon(), IDROSCALO.lat(), IDROSCALO.lon());
        assertThat(straight).isCloseTo(8_256.9, within(0.1));
        assertThat(matrix.metres(0, 1)).isCloseTo(straight * 1.5, within(0.001));
        assertThat(matrix.seconds(0, 1)).isCloseTo(straight * 1.5 / 10.0, within(0.001));
        assertThat(matrix.seconds(1, 0)).isEqualTo(matrix.seconds(0, 1));
        assertThat(matrix.seconds(0, 0)).isZero();
        assertThat(matrix.snapDistanceMetres(1)).isZero();
    }

    @Test
    void statesWhatMadeTheTimes() {
        Router router = new StraightLineRouter(StraightLineSettings.DEFAULT);
        SiteTravelMatrix matrix = router.matrix(TestData.comuni());

        assertThat(matrix.router().name()).isEqualTo("straight-line");
        assertThat(matrix.router().profile()).isEqualTo("haversine × 1.30 ÷ 40.0 km/h");
        assertThat(matrix.router().dataSource()).isEqualTo("no road data");
    }

    @Test
    void legIsAStraightSegment() {
        Leg leg = new StraightLineRouter(StraightLineSettings.DEFAULT).leg(DUOMO, IDROSCALO);

        assertThat(leg.geometry().getNumPoints()).isEqualTo(2);
        assertThat(leg.geometry().getSRID()).isEqualTo(4326);
        assertThat(leg.geometry().getCoordinateN(0).x).isEqualTo(DUOMO.lon());
        assertThat(leg.geometry().getCoordinateN(1).y).isEqualTo(IDROSCALO.lat());
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThatThrownBy(() -> new StraightLineSettings(0.9, 40)).hasMessageContaining("Detour factor");
        assertThatThrownBy(() -> new StraightLineSettings(1.3, 0)).hasMessageContaining("Speed");
        assertThatThrownBy(() -> new RoutingSettings(RoutingSettings.Kind.GRAPHHOPPER, null, StraightLineSettings.DEFAULT))
                .hasMessageContaining("GraphHopper settings");
    }
}
