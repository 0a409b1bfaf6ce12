package it.ccvmi.planner.solver.routing.check;

import static it.ccvmi.planner.solver.routing.RouteFixtures.reload;
import static it.ccvmi.planner.solver.routing.RouteFixtures.route;
import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static it.ccvmi.planner.solver.routing.RouteFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

class FeasibilityCheckerTest {

    private final FeasibilityChecker checker = new FeasibilityChecker();

    @Test
    void aGoodRouteIsFeasibleAndCostedDepotToDepot() {
        Visit a = visit("a", 1, 100);
        Visit b = visit("b", 3, 100);
        Van van = van("v1");
        RoutingPlan plan = new RoutingPlan(List.of(van), List.of(a, b), new RoutingWeights());
        route(van, a, b);
        FeasibilityReport report = checker.check(plan);
        assertThat(report.violations()).isEmpty();
        assertThat(report.drivingSeconds()).isEqualTo(600 + 1200 + 1800);
        assertThat(report.drivingMetres()).isEqualTo(60_000);
        assertThat(report.routesUsed()).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleIsReported() {
        Visit heavy = visit("heavy", 1, 900);
        Visit chilled = visit("chilled", "r", 2, 200, TemperatureClass.CHILLED, ReceivingHours.ANY_TIME);
        Visit late = visit("late", "r", 3, 10, TemperatureClass.AMBIENT, window(8, 8.1));
        Visit evening = visit("evening", "r", 3, 10, TemperatureClass.AMBIENT, window(17.9, 18));
        Visit forgotten = visit("forgotten", 1, 10);
        Van dry = van("dry");
        Van second = van("second");
        RoutingPlan plan = new RoutingPlan(List.of(dry, second), List.of(heavy, chilled, late, evening, forgotten),
                new RoutingWeights());
        route(dry, heavy, chilled, late);
        route(second, evening, late);
        List<String> violations = checker.check(plan).violations();
        assertThat(violations).anyMatch(v -> v.contains("dry carries 1110 kg"))
                .anyMatch(v -> v.contains("not refrigerated but carries chilled visit chilled"))
                .anyMatch(v -> v.contains("reaches late") && v.contains("after its receiving windows"))
                .anyMatch(v -> v.contains("second is back") && v.contains("after its shift end"))
                .anyMatch(v -> v.contains("late is placed 2 times"))
                .anyMatch(v -> v.contains("forgotten is placed 0 times"));
    }

    @Test
    void aDepotReturnStartsANewTripAndTakesItsReloadTime() {
        // 700 + 600 kg: too much for one trip of the 1000 kg van, fine on two.
        Visit a = visit("a", 1, 700);
        Visit reload = reload("r1");
        Visit b = visit("b", 3, 600);
        Visit unused = reload("r2");
        Van van = van("v1");
        RoutingPlan plan = new RoutingPlan(List.of(van), List.of(a, reload, b, unused), new RoutingWeights());
        route(van, a, reload, b);
        route(plan.getPostponedList(), unused);
        FeasibilityReport report = checker.check(plan);
        assertThat(report.violations()).isEmpty();
        assertThat(report.drivingSeconds()).isEqualTo(600 + 600 + 1800 + 1800);
        assertThat(report.postponedVisits()).as("an unused reload is no postponed delivery").isZero();

        // Without the reload the same deliveries overload the van; a reload too late breaks the shift end.
        Visit c = visit("c", 1, 700);
        Visit d = visit("d", 3, 600);
        Van single = van("single");
        route(single, c, d);
        Visit e = visit("e", "r", 3, 10, TemperatureClass.AMBIENT, window(17.3, 17.5));
        Visit late = reload("late");
        Visit f = visit("f", 3, 10);
        Van evening = van("evening");
        route(evening, e, late, f);
        RoutingPlan broken = new RoutingPlan(List.of(single, evening), List.of(c, d, e, late, f), new RoutingWeights());
        assertThat(checker.check(broken).violations())
                .anyMatch(v -> v.contains("single carries 1300 kg on trip 1"))
                .anyMatch(v -> v.contains("evening is back") && v.contains("after its shift end"));
    }
}
