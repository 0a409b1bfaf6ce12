package it.ccvmi.planner.solver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.explain.PlanExplanation;
import it.ccvmi.planner.solver.routing.explain.PostponedDelivery;
import it.ccvmi.planner.solver.routing.explain.RoutingExplainer;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on a generated Milan day (real comuni and hubs, ~250 visits): the solved plan passes the
 * independent feasibility checker, and every postponed delivery has a reason. A step limit keeps it
 * deterministic.
 */
class MilanDaySolveTest {

    /** A fleet too small for the day, so some deliveries must be postponed and explained. */
    private static final int VANS = 14;
    private static RoutingPlan problem;
    private static RoutingPlan solved;

    @BeforeAll
    static void solve() throws Exception {
        problem = MilanDay.generate(MilanDay.dataDir(), 7, VANS, 40);
        solved = new RoutingSolver(SolveLimits.steps(1500)).solve(problem);
    }

    @Test
    void theDayIsBigEnoughToMatter() {
        assertThat(problem.getVisits()).hasSizeBetween(150, 300);
        // Milano's food exceeds one van and is split into several deliveries, each fitting the biggest van.
        List<Visit> milano = problem.getVisits().stream().filter(v -> v.getRequesterId().equals("015146")
                && v.getGoodsCode().startsWith("Pasta")).toList();
        assertThat(milano).hasSizeGreaterThan(1).allSatisfy(v -> assertThat(v.getKg()).isLessThanOrEqualTo(1000));
    }

    @Test
    void everyHardRuleHoldsByTheIndependentChecker() {
        FeasibilityReport report = new FeasibilityChecker().check(solved);
        assertThat(report.violations()).isEmpty();
        assertThat(report.routesUsed()).isEqualTo(VANS);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void everyPostponedDeliveryHasAReasonAndPriorityGoesFirst() {
        PlanExplanation explanation = new RoutingExplainer().explain(solved);
        List<Visit> postponed = solved.getPostponedList().getVisits();
        assertThat(postponed).isNotEmpty();
        assertThat(explanation.postponed()).extracting(PostponedDelivery::visitId)
                .containsExactlyInAnyOrderElementsOf(postponed.stream().map(Visit::getId).toList());
        assertThat(explanation.postponed()).allSatisfy(p -> assertThat(p.explanation()).startsWith("rinviata: ").hasSizeGreaterThan(30));
        // Vaccine kits cost 100× food per kg to postpone: with vans short, food is what waits.
        Set<String> postponedGoods = postponed.stream().map(Visit::getGoodsCode).collect(Collectors.toSet());
        assertThat(postponedGoods).doesNotContain("Kit vaccino antinfluenzale");
    }

    @Test
    void multiThreadedSolvingKeepsEveryHardRule() {
        RoutingPlan parallel = new RoutingSolver(SolveLimits.steps(300).withMoveThreadCount(2)).solve(problem);
        assertThat(new FeasibilityChecker().check(parallel).violations()).isEmpty();
        assertThat(parallel.getScore().hardScore()).isZero();
    }

    @Test
    void scoreIsExplainedPerConstraintAndPerVisit() {
        PlanExplanation explanation = new RoutingExplainer().explain(solved);
        assertThat(explanation.score()).isEqualTo(solved.getScore());
        assertThat(explanation.constraints()).extracting(c -> c.constraint())
                .contains("Total driving time", "Postponed delivery");
        Visit delivered = solved.getRealVans().get(0).getVisits().get(0);
        assertThat(explanation.perVisit().get(delivered.getId())).containsKey("Total driving time");
    }
}
