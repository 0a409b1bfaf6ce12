package it.ccvmi.planner.solver.routing.solve;

import static it.ccvmi.planner.solver.routing.RouteFixtures.MATRIX;
import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

/** The first plan, before any local-search step (a step limit of 0): what the construction alone makes of a day. */
class InsertionConstructionTest {

    private static final RoutingSolver CONSTRUCTION_ONLY = new RoutingSolver(SolveLimits.steps(0));

    @Test
    void moreThanOneVanLoadOpensASecondTripInsteadOfPostponing() {
        // One 1000 kg van, four 400 kg deliveries within an hour of the depot, two depot returns on offer.
        List<Van> vans = List.of(van("v1"));
        List<Visit> visits = new ArrayList<>(List.of(visit("a", 1, 400), visit("b", 2, 400), visit("c", 3, 400),
                visit("d", 1, 400)));
        visits.addAll(MultiTrip.DEFAULT.reloads(vans));

        RoutingPlan built = CONSTRUCTION_ONLY.solve(new RoutingPlan(vans, visits, new RoutingWeights()));

        List<Visit> route = built.getRealVans().get(0).getVisits();
        assertThat(route).filteredOn(visit -> !visit.isReload()).hasSize(4);
        assertThat(route).filteredOn(Visit::isReload).hasSize(1);
        assertThat(built.getPostponedList().getVisits()).hasSize(1).allMatch(Visit::isReload);
        FeasibilityReport report = new FeasibilityChecker().check(built);
        assertThat(report.violations()).isEmpty();
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.getScore().mediumScore()).isZero();
    }

    @Test
    void theDeliveryMostCostlyToPostponeGetsTheRoomFirst() {
        // 600 kg of food is listed first, but 500 kg of medicines cost more to postpone: only one fits the van.
        Visit food = delivery("food", 600, DeliveryPriority.FOOD, 600);
        Visit medicines = delivery("medicines", 500, DeliveryPriority.MEDICINES, 50_000);

        RoutingPlan built = CONSTRUCTION_ONLY.solve(new RoutingPlan(List.of(van("v1")), List.of(food, medicines),
                new RoutingWeights()));

        assertThat(built.getRealVans().get(0).getVisits()).extracting(Visit::getId).containsExactly("medicines");
        assertThat(built.getPostponedList().getVisits()).extracting(Visit::getId).containsExactly("food");
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.getScore().mediumScore()).isEqualTo(-600);
    }

    private static Visit delivery(String id, long kg, DeliveryPriority priority, long postponementCost) {
        return new Visit(id, new RequestId(1), "req-" + id, id, kg, new Location(1, MATRIX), kg, kg * 2,
                TemperatureClass.AMBIENT, priority, 300, ReceivingHours.ANY_TIME, postponementCost);
    }
}
