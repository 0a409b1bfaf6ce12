package it.ccvmi.planner.solver.routing.solve;

import static it.ccvmi.planner.solver.routing.RouteFixtures.DEPOT;
import static it.ccvmi.planner.solver.routing.RouteFixtures.reload;
import static it.ccvmi.planner.solver.routing.RouteFixtures.route;
import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

/** The overload price: where the search may overload a trip, what that costs, and how the price follows the search. */
class OverloadPenaltyTest {

    @Test
    void risesWhileTooFewCandidatesKeepEveryCapacity() {
        OverloadPenalty penalty = new OverloadPenalty(10);

        record(penalty, 19, 81);

        assertThat(penalty.softPerUnit()).isCloseTo(12, within(1e-9));
    }

    @Test
    void fallsWhileTooManyCandidatesKeepEveryCapacity() {
        OverloadPenalty penalty = new OverloadPenalty(10);

        record(penalty, 31, 69);

        assertThat(penalty.softPerUnit()).isCloseTo(8.5, within(1e-9));
    }

    @Test
    void staysNearTheTargetShareAndMovesOnlyAfterAFullWindow() {
        OverloadPenalty penalty = new OverloadPenalty(10);

        record(penalty, 25, 75);
        record(penalty, 0, 99);

        assertThat(penalty.softPerUnit()).isEqualTo(10);
    }

    @Test
    void pricesACandidatesOverloadInSoftPoints() {
        OverloadPenalty penalty = new OverloadPenalty(2.5);

        assertThat(penalty.of(-40)).isEqualTo(100);
        assertThat(penalty.of(0)).isZero();
    }

    @Test
    void appliesToLongRoutesWithoutTimesStartingAtOneHopPerMeanDelivery() {
        OverloadPenalty penalty = OverloadPenalty.forSearch(plan(untimedVan("v1"), OverloadPenalty.MIN_VISITS_PER_ROUTE, false), 100);

        assertThat(penalty).isNotNull();
        assertThat(penalty.softPerUnit()).isCloseTo(100 / 50.0, within(1e-9)); // the fixtures' deliveries are 50 kg
    }

    @Test
    void leavesShortRoutesTimedVansAndDepotReturnsToTheFeasibleSearch() {
        assertThat(OverloadPenalty.forSearch(plan(untimedVan("v1"), OverloadPenalty.MIN_VISITS_PER_ROUTE - 1, false), 100)).isNull();
        assertThat(OverloadPenalty.forSearch(plan(van("timed"), OverloadPenalty.MIN_VISITS_PER_ROUTE, false), 100)).isNull();
        assertThat(OverloadPenalty.forSearch(plan(untimedVan("v1"), OverloadPenalty.MIN_VISITS_PER_ROUTE, true), 100)).isNull();
    }

    private static void record(OverloadPenalty penalty, int withinCapacity, int overloaded) {
        IntStream.range(0, withinCapacity).forEach(i -> penalty.record(true));
        IntStream.range(0, overloaded).forEach(i -> penalty.record(false));
    }

    private static Van untimedVan(String id) {
        return new Van(id, "crew " + id, DEPOT, 1000, 8000, false, 0, Van.NO_SHIFT_END);
    }

    /** One route of {@code deliveries} 50 kg deliveries (and a depot return first if asked), and an unused van. */
    private static RoutingPlan plan(Van van, int deliveries, boolean withReload) {
        List<Visit> visits = new ArrayList<>();
        if (withReload) {
            visits.add(reload("reload"));
        }
        IntStream.range(0, deliveries).forEach(i -> visits.add(visit("d" + i, 1 + i % 3, 50)));
        route(van, visits.toArray(Visit[]::new));
        return new RoutingPlan(List.of(van, untimedVan("spare")), visits, RoutingWeights.drivingOnly());
    }
}
