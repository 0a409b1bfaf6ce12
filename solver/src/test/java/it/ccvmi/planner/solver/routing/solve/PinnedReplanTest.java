package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.ccvmi.planner.solver.routing.RouteFixtures;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.explain.PostponedDelivery;
import it.ccvmi.planner.solver.routing.explain.PostponementReason;
import it.ccvmi.planner.solver.routing.explain.RoutingExplainer;
import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
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

/**
 * Re-planning: pinned visits never move (same van, same order, same arrival), a van out of service gets nothing
 * after its pinned visits, refused deliveries stay postponed. The pinned prefix is deliberately a bad tour (back and
 * forth along the line) so that the search, left alone, would reorder it; deterministic step limits.
 */
class PinnedReplanTest {

    private static final int SITES = 13;
    private static final ArrayTravelMatrix MATRIX = RouteFixtures.line(SITES, 300, 5_000);

    @Test
    void pinnedVisitsNeverMoveAndAVanOutOfServiceTakesNothingMore() {
        for (int stepLimit : new int[] {0, 2_000}) {
            Problem problem = problem();
            RoutingPlan solved = new RoutingSolver(stepLimit == 0 ? SolveLimits.steps(1) : SolveLimits.steps(stepLimit))
                    .solve(problem.plan);

            Map<String, Van> vans = solved.getVans().stream().collect(Collectors.toMap(Van::getId, Function.identity()));
            assertThat(ids(vans.get("a").getVisits().subList(0, 3))).containsExactly("a1", "a2", "a3");
            assertThat(ids(vans.get("out").getVisits())).containsExactly("o1", "o2");
            assertThat(ids(vans.get(Van.POSTPONED_ID).getVisits().subList(0, 1))).containsExactly("refused");
            Map<String, Long> arrivals = solved.getVisits().stream().filter(visit -> visit.getArrivalSecond() != null)
                    .collect(Collectors.toMap(Visit::getId, Visit::getArrivalSecond));
            problem.pinnedArrivals.forEach((id, arrival) -> assertThat(arrivals.get(id)).as(id).isEqualTo(arrival));
            // Everything else is placed: the free van and the rest of van a have room and time for it all.
            assertThat(solved.getPostponedList().getVisits()).extracting(Visit::getId).containsExactly("refused");
            assertThat(new FeasibilityChecker().check(solved).violations()).isEmpty();
        }
    }

    @Test
    void refusedDeliveriesAndVansOutOfServiceAreExplained() {
        Van out = van("out");
        Visit done = visit("done", 2, 10);
        Visit refused = visit("refused", 4, 10);
        Visit left = visit("left", 6, 10);
        out.pinFirst(List.of(done));
        out.takeOutOfService();
        RoutingPlan plan = new RoutingPlan(List.of(out), List.of(done, refused, left), List.of(refused), new RoutingWeights());
        RoutingPlan solved = new RoutingSolver(SolveLimits.steps(50)).solve(plan);

        assertThat(ids(solved.getRealVans().get(0).getVisits())).containsExactly("done");
        Map<String, PostponementReason> reasons = new RoutingExplainer().explain(solved).postponed().stream()
                .collect(Collectors.toMap(PostponedDelivery::visitId, PostponedDelivery::reason));
        assertThat(reasons).containsEntry("refused", PostponementReason.REFUSED)
                .containsEntry("left", PostponementReason.NO_VAN_IN_SERVICE);
    }

    @Test
    void theFilterRefusesMovesIntoOrOutOfAPinnedPrefix() {
        Problem problem = problem();
        Van a = problem.plan.getVans().get(0);
        Van out = problem.plan.getVans().get(1);
        assertThat(a.isMovableAt(2)).isFalse();
        assertThat(a.isMovableAt(3)).isTrue();
        assertThat(a.acceptsAt(3)).isTrue();
        assertThat(a.acceptsAt(2)).isFalse();
        assertThat(out.acceptsAt(2)).isFalse();
        assertThat(problem.plan.isConstrained()).isTrue();
    }

    private record Problem(RoutingPlan plan, Map<String, Long> pinnedArrivals) {
    }

    /**
     * Van a has done 8, 2, 9 (a zigzag) and may take more; van "out" has done 1, 3 and is out of service; van "free"
     * has nothing pinned; "refused" was refused; twelve more deliveries wait along the line.
     */
    private static Problem problem() {
        Van a = van("a");
        Van out = van("out");
        Van free = van("free");
        List<Visit> all = new ArrayList<>();
        List<Visit> pinnedA = List.of(visit("a1", 8, 50), visit("a2", 2, 50), visit("a3", 9, 50));
        List<Visit> pinnedOut = List.of(visit("o1", 1, 50), visit("o2", 3, 50));
        Visit refused = visit("refused", 5, 50);
        all.addAll(pinnedA);
        all.addAll(pinnedOut);
        all.add(refused);
        for (int i = 0; i < 12; i++) {
            all.add(visit("v" + i, 1 + (i * 5) % (SITES - 1), 40));
        }
        a.pinFirst(pinnedA);
        out.pinFirst(pinnedOut);
        out.takeOutOfService();
        RoutingPlan plan = new RoutingPlan(List.of(a, out, free), all, List.of(refused), new RoutingWeights());
        Map<String, Long> arrivals = new java.util.HashMap<>();
        for (Visit visit : all) {
            if (visit.getArrivalSecond() != null) {
                arrivals.put(visit.getId(), visit.getArrivalSecond());
            }
        }
        assertThat(arrivals).containsOnlyKeys("a1", "a2", "a3", "o1", "o2");
        return new Problem(plan, arrivals);
    }

    private static Van van(String id) {
        return new Van(id, "crew " + id, new Location(0, MATRIX), 1000, 8000, false, 8 * 3600, 18 * 3600);
    }

    private static Visit visit(String id, int site, long kg) {
        return new Visit(id, new RequestId(site), "req-" + id, "food", kg, new Location(site, MATRIX), kg, kg * 2,
                TemperatureClass.AMBIENT, DeliveryPriority.FOOD, 300, ReceivingHours.ANY_TIME, 1000);
    }

    private static List<String> ids(List<Visit> visits) {
        return visits.stream().map(Visit::getId).toList();
    }
}
