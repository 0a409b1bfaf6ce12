package it.ccvmi.planner.routing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingSiteTest {

    @Test
    void rejectsPositionsOffTheEarth() {
        assertThatThrownBy(() -> new RoutingSite("rsa-1", "RSA", 95, 9.1))
                .hasMessageContaining("rsa-1 (RSA)").hasMessageContaining("lat 95");
        assertThatThrownBy(() -> new RoutingSite("rsa-2", "RSA", Double.NaN, 9.1)).hasMessageContaining("invalid position");
    }

    @Test
    void matrixRejectsDuplicateIds() {
        RoutingSite a = new RoutingSite("a", "A", 45, 9);
        assertThatThrownBy(() -> new SiteTravelMatrix(List.of(a, a), new double[4], new double[4], new double[2],
                new RouterDescription("x", "y", "z"))).hasMessageContaining("Duplicate site id in matrix: a");
    }
}
