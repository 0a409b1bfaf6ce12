package it.ccvmi.planner.solver.routing.explain;

import static it.ccvmi.planner.solver.routing.RouteFixtures.HOUR;
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

/** Each postponement reason, produced by a plan built to have exactly that problem. */
class RoutingExplainerTest {

    private final RoutingExplainer explainer = new RoutingExplainer();

    @Test
    void chilledGoodsWithoutAnyRefrigeratedVan() {
        Visit dairy = visit("dairy", "r", 1, 10, TemperatureClass.CHILLED, ReceivingHours.ANY_TIME);
        assertThat(reasonFor(dairy, van("dry"))).isEqualTo(PostponementReason.NO_REFRIGERATED_VAN);
    }

    @Test
    void noVanHasWeightLeft() {
        Van van = van("v1");
        Visit load = visit("load", 1, 950);
        Visit extra = visit("extra", 2, 100);
        RoutingPlan plan = new RoutingPlan(List.of(van), List.of(load, extra), new RoutingWeights());
        route(van, load);
        route(plan.getPostponedList(), extra);
        PostponedDelivery postponed = explainer.explain(plan).postponed().get(0);
        assertThat(postponed.reason()).isEqualTo(PostponementReason.NO_CAPACITY_LEFT_KG);
        assertThat(postponed.explanation()).contains("servono 100 kg").contains("al massimo 50 kg");
    }

    @Test
    void windowClosesBeforeAnyVanCanArrive() {
        // Shifts start at 8:00 and site 3 is 30 min away; the site closes at 8:15.
        Visit early = visit("early", "r", 3, 10, TemperatureClass.AMBIENT, window(7, 8.25));
        assertThat(reasonFor(early, van("v1"))).isEqualTo(PostponementReason.WINDOW_UNREACHABLE);
    }

    @Test
    void shiftTooShortForTheDetour() {
        Van shortShift = new Van("short", "crew", van("x").getDepot(), 1000, 8000, false, 8 * HOUR, 8 * HOUR + 1800);
        Visit far = visit("far", 3, 10);
        assertThat(reasonFor(far, shortShift)).isEqualTo(PostponementReason.SHIFT_TOO_SHORT);
    }

    @Test
    void aVisitThatFitsIsBlamedOnTheSearch() {
        assertThat(reasonFor(visit("easy", 1, 10), van("v1"))).isEqualTo(PostponementReason.SEARCH_ENDED_FIRST);
    }

    private PostponementReason reasonFor(Visit postponed, Van van) {
        RoutingPlan plan = new RoutingPlan(List.of(van), List.of(postponed), new RoutingWeights());
        route(plan.getPostponedList(), postponed);
        PlanExplanation explanation = explainer.explain(plan);
        assertThat(explanation.postponed()).hasSize(1);
        assertThat(explanation.constraints()).extracting(ConstraintSummary::constraint).contains("Postponed delivery");
        return explanation.postponed().get(0).reason();
    }
}
