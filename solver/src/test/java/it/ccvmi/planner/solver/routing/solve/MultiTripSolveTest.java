package it.ccvmi.planner.solver.routing.solve;

import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.explain.PlanExplanation;
import it.ccvmi.planner.solver.routing.explain.RoutingExplainer;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

/** A day with more goods than one van-load: with depot returns on offer the one van makes a second trip. */
class MultiTripSolveTest {

    @Test
    void oneVanMakesASecondTripForMoreThanOneLoad() {
        RoutingPlan solved = new RoutingSolver(SolveLimits.steps(300)).solve(day(MultiTrip.DEFAULT));

        Van van = solved.getRealVans().get(0);
        assertThat(solved.getPostponedList().getVisits()).allMatch(Visit::isReload);
        assertThat(van.getVisits()).filteredOn(Visit::isReload).hasSize(1);
        int reload = indexOfReload(van.getVisits());
        assertThat(reload).as("the depot return lies between deliveries").isBetween(1, van.getVisits().size() - 2);
        assertThat(van.getVisits().get(reload + 1).getTrip()).isEqualTo(1);
        FeasibilityReport report = new FeasibilityChecker().check(solved);
        assertThat(report.violations()).isEmpty();
        assertThat(report.postponedVisits()).isZero();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(new RoutingExplainer().explain(solved).postponed()).isEmpty();
    }

    @Test
    void withoutDepotReturnsTheSecondLoadWaitsForAnotherDay() {
        RoutingPlan solved = new RoutingSolver(SolveLimits.steps(300)).solve(day(MultiTrip.OFF));

        assertThat(solved.getPostponedList().getVisits()).hasSize(2);
        PlanExplanation explanation = new RoutingExplainer().explain(solved);
        assertThat(explanation.postponed()).allSatisfy(postponed -> assertThat(postponed.explanation())
                .contains("servono 400 kg; a un furgone adatto restano al massimo 200 kg in un giro"));
    }

    /** One 1000 kg van, 8:00–18:00, and four 400 kg deliveries within an hour of the depot. */
    private static RoutingPlan day(MultiTrip multiTrip) {
        List<Van> vans = List.of(van("v1"));
        List<Visit> visits = new ArrayList<>(List.of(visit("a", 1, 400), visit("b", 2, 400), visit("c", 3, 400),
                visit("d", 1, 400)));
        visits.addAll(multiTrip.reloads(vans));
        return new RoutingPlan(vans, visits, new RoutingWeights());
    }

    private static int indexOfReload(List<Visit> route) {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).isReload()) {
                return i;
            }
        }
        return -1;
    }
}
