package it.ccvmi.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.solver.routing.build.ServiceTimeRule;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.RouteWalk;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A postponed order larger than the room left in every van: the vans take what fits, only the rest waits. */
class PostponedSplitTest {

    private static final ArrayTravelMatrix MATRIX = ArrayTravelMatrix.of(3,
            new long[] {0, 600, 600, 600, 0, 600, 600, 600, 0}, new long[] {0, 9000, 9000, 9000, 0, 9000, 9000, 9000, 0});

    @Test
    void thePartThatFitsRidesTodayAndOnlyTheRestIsPostponed() {
        Van a = van("a");
        Van b = van("b");
        Visit loadA = visit("loadA", 1, 10, 900);
        Visit loadB = visit("loadB", 1, 10, 950);
        Visit dairy = visit("dairy", 2, 20, 300); // 20 units of 15 kg; 100 kg left in one van, 50 in the other
        RoutingPlan solved = solved(List.of(a, b), List.of(loadA, loadB, dairy), List.of(List.of(loadA), List.of(loadB), List.of(dairy)));
        long postponedCost = solved.getScore().mediumScore();
        assertThat(postponedCost).isEqualTo(-300);

        assertThat(PostponedSplit.apply(solved, ServiceTimeRule.DEFAULT)).isEqualTo(2);

        List<Visit> visits = solved.getVisits();
        assertThat(visits.stream().filter(visit -> visit.getRequest().equals(new RequestId(2))).mapToLong(Visit::getUnits).sum())
                .isEqualTo(20);
        assertThat(visits.stream().filter(visit -> visit.getRequest().equals(new RequestId(2))).mapToLong(Visit::getKg).sum())
                .isEqualTo(300);
        // a takes 6 units (90 kg of its 100 left), b 3 (45 of 50): 11 units wait.
        assertThat(solved.getPostponedList().getVisits()).singleElement()
                .satisfies(rest -> assertThat(rest.getUnits()).isEqualTo(11));
        assertThat(solved.getRealVans()).extracting(van -> van.getVisits().stream().mapToLong(Visit::getKg).sum())
                .containsExactlyInAnyOrder(990L, 995L);
        assertThat(new FeasibilityChecker().check(solved).violations()).isEmpty();
        assertThat(solved.getScore().mediumScore()).isGreaterThan(postponedCost);
    }

    @Test
    void nothingChangesWhenNoVanHasRoom() {
        Van a = van("a");
        Visit full = visit("full", 1, 10, 1000);
        Visit waiting = visit("waiting", 2, 10, 100);
        RoutingPlan solved = solved(List.of(a), List.of(full, waiting), List.of(List.of(full), List.of(waiting)));
        assertThat(PostponedSplit.apply(solved, ServiceTimeRule.DEFAULT)).isZero();
        assertThat(solved.getPostponedList().getVisits()).extracting(Visit::getId).containsExactly("waiting");
    }

    /** A plan as a solve would leave it: each van's route (the postponed list last), shadow variables and score. */
    private static RoutingPlan solved(List<Van> vans, List<Visit> visits, List<List<Visit>> routes) {
        RoutingPlan plan = new RoutingPlan(vans, visits, new RoutingWeights());
        for (int i = 0; i < routes.size(); i++) {
            Van van = plan.getVans().get(i);
            van.getVisits().addAll(routes.get(i));
            RouteWalk walk = RouteWalk.fromDepot(van);
            for (int j = 0; j < routes.get(i).size(); j++) {
                Visit visit = routes.get(i).get(j);
                visit.setVan(van);
                visit.setPreviousVisit(j == 0 ? null : routes.get(i).get(j - 1));
                visit.setNextVisit(j == routes.get(i).size() - 1 ? null : routes.get(i).get(j + 1));
                visit.setArrivalSecond(van.isPostponedList() ? null : walk.stopAt(visit));
            }
        }
        RoutingSolver.rescore(plan);
        return plan;
    }

    private static Van van(String id) {
        return new Van(id, "crew", new Location(0, MATRIX), 1000, 100_000, false, 9 * 3600, 18 * 3600);
    }

    private static Visit visit(String id, int site, long units, long kg) {
        return new Visit(id, new RequestId(site), "req-" + site, "food", units, new Location(site, MATRIX), kg,
                kg, TemperatureClass.AMBIENT, DeliveryPriority.FOOD, 600, ReceivingHours.ANY_TIME, kg);
    }
}
