package it.ccvmi.planner.solver.routing.constraints;

import static it.ccvmi.planner.solver.routing.RouteFixtures.DEPOT;
import static it.ccvmi.planner.solver.routing.RouteFixtures.MATRIX;
import static it.ccvmi.planner.solver.routing.RouteFixtures.reload;
import static it.ccvmi.planner.solver.routing.RouteFixtures.route;
import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static it.ccvmi.planner.solver.routing.RouteFixtures.window;

import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint, each with a case that matches and one that must not. */
class RoutingConstraintsTest {

    private final ConstraintVerifier<RoutingConstraints, RoutingPlan> verifier =
            ConstraintVerifier.build(new RoutingConstraints(), RoutingPlan.class, Van.class, Visit.class);

    @Test
    void capacityKgPenalisesEachKgOverPayload() {
        Visit a = visit("a", 1, 600);
        Visit b = visit("b", 2, 500);
        route(van("v1"), a, b);
        verifier.verifyThat(RoutingConstraints::vanCapacityKg).given(a, b).penalizesBy(100);

        Visit c = visit("c", 1, 400);
        Visit d = visit("d", 2, 600);
        route(van("v2"), c, d);
        verifier.verifyThat(RoutingConstraints::vanCapacityKg).given(c, d).penalizesBy(0);
    }

    @Test
    void capacityKgCountsEachTripBetweenDepotReturns() {
        // 600 + 500 kg on one van, but a reload in between: two trips within the 1000 kg payload.
        Visit a = visit("a", 1, 600);
        Visit reload = reload("r1");
        Visit b = visit("b", 2, 500);
        route(van("v1"), a, reload, b);
        verifier.verifyThat(RoutingConstraints::vanCapacityKg).given(a, reload, b).penalizesBy(0);

        // The second trip alone is over: 700 + 400 kg after the reload.
        Visit c = visit("c", 1, 300);
        Visit again = reload("r2");
        Visit d = visit("d", 2, 700);
        Visit e = visit("e", 3, 400);
        route(van("v2"), c, again, d, e);
        verifier.verifyThat(RoutingConstraints::vanCapacityKg).given(c, again, d, e).penalizesBy(100);
    }

    @Test
    void capacityVolumeCountsEachTripBetweenDepotReturns() {
        Visit a = visit("a", 1, 300); // 600 L
        Visit reload = reload("r1");
        Visit b = visit("b", 2, 300); // 600 L
        route(van("small", 1000, 1000, false), a, reload, b);
        verifier.verifyThat(RoutingConstraints::vanCapacityVolume).given(a, reload, b).penalizesBy(0);

        Visit c = visit("c", 1, 100); // 200 L
        Visit again = reload("r2");
        Visit d = visit("d", 2, 300); // 600 L
        Visit e = visit("e", 3, 300); // 600 L
        route(van("tiny", 1000, 1000, false), c, again, d, e);
        verifier.verifyThat(RoutingConstraints::vanCapacityVolume).given(c, again, d, e).penalizesBy(200);
    }

    @Test
    void capacityVolumePenalisesEachLitreOverLoadVolume() {
        Visit a = visit("a", 1, 300); // 600 L
        Visit b = visit("b", 2, 300); // 600 L
        route(van("small", 1000, 1000, false), a, b);
        verifier.verifyThat(RoutingConstraints::vanCapacityVolume).given(a, b).penalizesBy(200);

        Visit c = visit("c", 1, 300);
        route(van("big", 1000, 1000, false), c);
        verifier.verifyThat(RoutingConstraints::vanCapacityVolume).given(c).penalizesBy(0);
    }

    @Test
    void chilledGoodsNeedARefrigeratedVan() {
        Visit dairy = visit("dairy", "015146", 1, 100, TemperatureClass.CHILLED, ReceivingHours.ANY_TIME);
        route(van("dry"), dairy);
        verifier.verifyThat(RoutingConstraints::chilledGoodsInRefrigeratedVan).given(dairy).penalizesBy(1);

        Visit milk = visit("milk", "015146", 1, 100, TemperatureClass.CHILLED, ReceivingHours.ANY_TIME);
        route(van("fridge", 1000, 8000, true), milk);
        verifier.verifyThat(RoutingConstraints::chilledGoodsInRefrigeratedVan).given(milk).penalizesBy(0);
    }

    @Test
    void arrivalAfterTheLastWindowPenalisesEachSecondLate() {
        // Shift starts 8:00, site 2 is 1200 s away: arrival 8:20, window closed at 8:10 → 600 s late.
        Visit late = visit("late", "r", 2, 10, TemperatureClass.AMBIENT, window(7, 8 + 10.0 / 60));
        route(van("v1"), late);
        verifier.verifyThat(RoutingConstraints::arrivalWithinWindow).given(late).penalizesBy(600);

        // Arriving before the window opens is fine: the van waits.
        Visit early = visit("early", "r", 2, 10, TemperatureClass.AMBIENT, window(10, 12));
        route(van("v2"), early);
        verifier.verifyThat(RoutingConstraints::arrivalWithinWindow).given(early).penalizesBy(0);
    }

    @Test
    void vanBackAfterShiftEndPenalisesEachSecondOver() {
        // Window opens 17:55; 300 s service → leaves 18:00, 1800 s back → 18:30: 1800 s over.
        Visit evening = visit("evening", "r", 3, 10, TemperatureClass.AMBIENT, window(17 + 55.0 / 60, 18));
        route(van("v1"), evening);
        verifier.verifyThat(RoutingConstraints::backAtDepotByShiftEnd).given(evening).penalizesBy(1800);

        Visit morning = visit("morning", 3, 10);
        route(van("v2"), morning);
        verifier.verifyThat(RoutingConstraints::backAtDepotByShiftEnd).given(morning).penalizesBy(0);
    }

    @Test
    void postponedDeliveryCostsItsPostponementCost() {
        Visit kits = new Visit("kits", new RequestId(1), "ats-1", "vaccine kits", 8, new Location(1, MATRIX), 20, 40,
                TemperatureClass.CHILLED, DeliveryPriority.VACCINE_KITS, 300, ReceivingHours.ANY_TIME, 2000);
        route(Van.postponedList(DEPOT), kits);
        verifier.verifyThat(RoutingConstraints::postponedDelivery).given(kits).penalizesBy(2000);

        Visit delivered = visit("delivered", 1, 20);
        route(van("v1"), delivered);
        verifier.verifyThat(RoutingConstraints::postponedDelivery).given(delivered).penalizesBy(0);
    }

    @Test
    void anUnusedReloadIsNotAPostponedDelivery() {
        Visit unused = reload("r1");
        route(Van.postponedList(DEPOT), unused);
        verifier.verifyThat(RoutingConstraints::postponedDelivery).given(unused).penalizesBy(0);
    }

    @Test
    void drivingTimeCountsDepotToDepot() {
        // 0 → 1 → 3 → 0: 600 + 1200 + 1800 s.
        Visit a = visit("a", 1, 10);
        Visit b = visit("b", 3, 10);
        route(van("v1"), a, b);
        verifier.verifyThat(RoutingConstraints::totalDrivingTime).given(a, b).penalizesBy(3600);
    }

    @Test
    void drivingTimeIncludesTheDepotReturn() {
        // 0 → 1 → 0 (reload) → 3 → 0: 600 + 600 + 1800 + 1800 s.
        Visit a = visit("a", 1, 10);
        Visit reload = reload("r1");
        Visit b = visit("b", 3, 10);
        route(van("v1"), a, reload, b);
        verifier.verifyThat(RoutingConstraints::totalDrivingTime).given(a, reload, b).penalizesBy(4800);
    }

    @Test
    void workloadPenalisesSquaredMinutesPerCrew() {
        // 0 → 2 → 0: 1200 s driving, 300 s service, 1200 s back = 2700 s = 45 min → 2025 / 10.
        Visit a = visit("a", 2, 10);
        route(van("v1"), a);
        verifier.verifyThat(RoutingConstraints::balancedCrewWorkload).given(a).penalizesBy(45 * 45 / 10);

        // Two crews of 25 min each (0 → 1 → 0) cost less than one crew doing both.
        Visit b = visit("b", 1, 10);
        Visit c = visit("c", 1, 10);
        route(van("v2"), b);
        route(van("v3"), c);
        verifier.verifyThat(RoutingConstraints::balancedCrewWorkload).given(b, c).penalizesBy(2 * (25 * 25 / 10));
    }

    @Test
    void requesterGoodsOnSeveralVansPenalisedPerExtraVan() {
        Visit pasta = visit("pasta", "015146", 1, 100, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
        Visit water = visit("water", "015146", 1, 100, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
        Visit bread = visit("bread", "015146", 1, 100, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
        route(van("v1"), pasta);
        route(van("v2"), water);
        route(van("v3"), bread);
        verifier.verifyThat(RoutingConstraints::requesterOnFewVans).given(pasta, water, bread).penalizesBy(2);

        Visit rice = visit("rice", "015002", 1, 100, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
        Visit milk = visit("milk", "015002", 1, 100, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
        route(van("v4"), rice, milk);
        verifier.verifyThat(RoutingConstraints::requesterOnFewVans).given(rice, milk).penalizesBy(0);
    }

    @Test
    void depotReturnsOnSeveralVansAreNoRequesterSpread() {
        Visit a = visit("a", 1, 10);
        Visit r1 = reload("r1");
        Visit b = visit("b", 2, 10);
        Visit c = visit("c", 1, 10);
        Visit r2 = reload("r2");
        Visit d = visit("d", 2, 10);
        route(van("v1"), a, r1, b);
        route(van("v2"), c, r2, d);
        verifier.verifyThat(RoutingConstraints::requesterOnFewVans).given(a, r1, b, c, r2, d).penalizesBy(0);
    }

    @Test
    void reloadWithoutDeliveriesAfterItCostsItsReloadTime() {
        // Between two deliveries: a real second trip, free.
        Visit a = visit("a", 1, 10);
        Visit used = reload("used");
        Visit b = visit("b", 2, 10);
        route(van("v1"), a, used, b);
        verifier.verifyThat(RoutingConstraints::reloadBeforeDeliveries).given(a, used, b).penalizesBy(0);

        // At the route's end, at its start, and right before another reload: 3 × 1500 s wasted.
        Visit c = visit("c", 1, 10);
        Visit last = reload("last");
        route(van("v2"), c, last);
        Visit first = reload("first");
        Visit d = visit("d", 1, 10);
        route(van("v3"), first, d);
        Visit e = visit("e", 1, 10);
        Visit twice = reload("twice");
        Visit then = reload("then");
        Visit f = visit("f", 2, 10);
        route(van("v4"), e, twice, then, f);
        verifier.verifyThat(RoutingConstraints::reloadBeforeDeliveries).given(c, last, first, d, e, twice, then, f)
                .penalizesBy(3 * 1500);

        // An unused reload on the postponed list costs nothing.
        Visit unused = reload("unused");
        route(Van.postponedList(DEPOT), unused);
        verifier.verifyThat(RoutingConstraints::reloadBeforeDeliveries).given(unused).penalizesBy(0);
    }
}
