package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.solver.routing.RouteFixtures;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A solve taken over from a checkpoint (a planning job whose replica stopped): a new problem of the same day starts
 * from the checkpoint's routes, so the resumed solve is never worse than the checkpoint. Deterministic step limits.
 */
class CheckpointResumeTest {

    private static final int SITES = 13;
    private static final ArrayTravelMatrix MATRIX = RouteFixtures.line(SITES, 300, 5_000);

    @Test
    void aNewProblemStartsFromTheCheckpointAndTheSolveGoesOnFromThere() {
        RoutingPlan first = new RoutingSolver(SolveLimits.steps(300)).solve(problem());
        Map<String, List<String>> checkpoint = first.visitOrder();

        RoutingPlan resumed = problem();
        resumed.startFrom(checkpoint);

        assertThat(resumed.visitOrder()).isEqualTo(checkpoint);
        assertThat(resumed.getVisits()).allMatch(visit -> visit.getVan() != null);
        RoutingPlan solved = new RoutingSolver(SolveLimits.steps(200)).solve(resumed);
        assertThat(solved.getScore()).isGreaterThanOrEqualTo(first.getScore());
        assertThat(new FeasibilityChecker().check(solved).violations()).isEmpty();
    }

    @Test
    void idsTheDayNoLongerHasAreSkippedAndVisitsMissingFromTheCheckpointAreConstructed() {
        Map<String, List<String>> checkpoint = new LinkedHashMap<>();
        checkpoint.put("a", List.of("v3", "gone", "v1"));
        checkpoint.put("no-such-van", List.of("v2"));

        RoutingPlan resumed = problem();
        resumed.startFrom(checkpoint);

        assertThat(resumed.visitOrder().get("a")).containsExactly("v3", "v1");
        RoutingPlan solved = new RoutingSolver(SolveLimits.steps(1)).solve(resumed);
        assertThat(solved.getVisits()).allMatch(visit -> visit.getVan() != null);
        assertThat(solved.visitOrder().values().stream().mapToInt(List::size).sum()).isEqualTo(12);
    }

    /** Vans a and b, twelve deliveries along the line. */
    private static RoutingPlan problem() {
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            visits.add(visit("v" + i, 1 + (i * 5) % (SITES - 1)));
        }
        return new RoutingPlan(List.of(van("a"), van("b")), visits, new RoutingWeights());
    }

    private static Van van(String id) {
        return new Van(id, "crew " + id, new Location(0, MATRIX), 1000, 8000, false, 8 * 3600, 18 * 3600);
    }

    private static Visit visit(String id, int site) {
        return new Visit(id, new RequestId(site), "req-" + id, "food", 40, new Location(site, MATRIX), 40, 80,
                TemperatureClass.AMBIENT, DeliveryPriority.FOOD, 300, ReceivingHours.ANY_TIME, 1000);
    }
}
