package it.ccvmi.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.planning.day.DayReplan;
import it.ccvmi.planner.planning.day.DayReplan.Delivery;
import it.ccvmi.planner.planning.day.DayReplan.DepotReturn;
import it.ccvmi.planner.planning.day.DayReplan.PinnedRoute;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.VehicleId;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.explain.PostponedDelivery;
import it.ccvmi.planner.solver.routing.explain.PostponementReason;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-planning a planned Milan day in plain Java: each van's first two deliveries are done, the first van breaks down,
 * a site refuses the third delivery of the second van, and one request was not covered by the first plan (urgent).
 */
class DayReplanTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final SolveLimits QUICK = SolveLimits.steps(200);

    private static ReferenceDays days;
    private static Router straightLine;

    @BeforeAll
    static void setUp() {
        days = PlanningTestData.referenceDays();
        straightLine = Routers.create(RoutingSettings.straightLine(StraightLineSettings.DEFAULT));
    }

    @AfterAll
    static void closeRouter() {
        straightLine.close();
    }

    @Test
    void doneDeliveriesStayAVanOutOfServiceTakesNothingMoreAndTheRestIsRoutedAgain() {
        PlanningDay day = days.generate(TUESDAY, 7, DaySize.ORDINARY);
        DayPlanner planner = new DayPlanner(days.territory(), days.catalogue(), straightLine);
        DayPlan first = planner.plan(day, QUICK);
        // Vans whose first three stops are deliveries (no depot return among them).
        List<Van> vans = first.routes().getRealVans().stream().filter(van -> van.getVisits().size() >= 3)
                .filter(van -> van.getVisits().subList(0, 3).stream().noneMatch(Visit::isReload)).toList();
        assertThat(vans).hasSizeGreaterThanOrEqualTo(2);

        Map<String, List<Visit>> done = new HashMap<>();
        List<PinnedRoute> pinned = new ArrayList<>();
        for (Van van : vans) {
            List<Visit> two = van.getVisits().subList(0, 2);
            done.put(van.getId(), List.copyOf(two));
            pinned.add(new PinnedRoute(first.ids().vehicle(van.getId()), two.stream().map(DayReplanTest::delivery).toList()));
        }
        VehicleId broken = first.ids().vehicle(vans.get(0).getId());
        Visit refused = vans.get(1).getVisits().get(2);
        Set<RequestId> fixed = new HashSet<>();
        done.values().forEach(visits -> visits.forEach(visit -> fixed.add(visit.getRequest())));
        fixed.add(refused.getRequest());
        RequestLine urgent = day.requests().stream().filter(line -> !fixed.contains(line.id())).findFirst().orElseThrow();
        Map<RequestId, Long> publishedUnits = first.allocations().stream().filter(allocation -> !allocation.request().equals(urgent.id()))
                .collect(Collectors.toMap(FairAllocation::request, FairAllocation::allocated));
        DayReplan replan = new DayReplan(publishedUnits, pinned, Set.of(broken), List.of(delivery(refused)));

        PreparedDay prepared = planner.prepare(day, FairnessOptions.STANDARD, replan);
        DayPlan second = DayPlanner.finish(prepared, new RoutingSolver(QUICK).solve(prepared.problem()), Duration.ZERO);

        Map<String, Van> after = second.routes().getRealVans().stream().collect(Collectors.toMap(Van::getId, van -> van));
        done.forEach((vanId, visits) -> {
            List<Visit> head = after.get(vanId).getVisits().subList(0, 2);
            for (int i = 0; i < 2; i++) {
                assertThat(head.get(i).getRequest()).isEqualTo(visits.get(i).getRequest());
                assertThat(head.get(i).getUnits()).isEqualTo(visits.get(i).getUnits());
                assertThat(head.get(i).getArrivalSecond()).as(vanId).isEqualTo(visits.get(i).getArrivalSecond());
            }
        });
        assertThat(after.get(vans.get(0).getId()).getVisits()).hasSize(2);
        List<PostponedDelivery> postponed = second.explanation().postponed();
        assertThat(postponed).anySatisfy(delivery -> {
            assertThat(delivery.reason()).isEqualTo(PostponementReason.REFUSED);
            assertThat(delivery.requesterId()).isEqualTo(refused.getRequesterId());
        });
        assertThat(second.feasibility().violations()).isEmpty();

        // The first plan's units stay; the urgent request shares what stock they left.
        Map<RequestId, Long> allocated = second.allocations().stream()
                .collect(Collectors.toMap(FairAllocation::request, FairAllocation::allocated));
        assertThat(allocated).containsAllEntriesOf(publishedUnits);
        long stock = day.stock().stream().filter(lot -> lot.goodsCode().equals(urgent.goodsCode())).mapToLong(lot -> lot.units()).sum();
        long given = day.requests().stream().filter(line -> line.goodsCode().equals(urgent.goodsCode()) && !line.id().equals(urgent.id()))
                .mapToLong(line -> publishedUnits.get(line.id())).sum();
        assertThat(allocated.get(urgent.id())).isEqualTo(Math.min(urgent.units(), Math.max(0, stock - given)));
        // Every allocated unit is on a visit: pinned, refused, routed again or postponed.
        Map<RequestId, Long> onVisits = second.routes().getVisits().stream().filter(visit -> !visit.isReload())
                .collect(Collectors.groupingBy(Visit::getRequest, Collectors.summingLong(Visit::getUnits)));
        allocated.forEach((request, units) -> assertThat(onVisits.getOrDefault(request, 0L)).as(request.toString()).isEqualTo(units));
    }

    @Test
    void aDepotReturnMadeBeforeTheReplanStaysInThePinnedPrefixWithItsTime() {
        PlanningDay day = days.generate(TUESDAY, 7, DaySize.ORDINARY);
        DayPlanner planner = new DayPlanner(days.territory(), days.catalogue(), straightLine);
        DayPlan first = planner.plan(day, QUICK);
        Van van = first.routes().getRealVans().stream().filter(route -> route.getVisits().size() >= 2)
                .filter(route -> route.getVisits().stream().noneMatch(Visit::isReload)).findFirst().orElseThrow();
        List<Delivery> two = van.getVisits().subList(0, 2).stream().map(DayReplanTest::delivery).toList();
        PinnedRoute pinned = new PinnedRoute(first.ids().vehicle(van.getId()), two, List.of(new DepotReturn(1, 1_500)));
        Map<RequestId, Long> publishedUnits = first.allocations().stream()
                .collect(Collectors.toMap(FairAllocation::request, FairAllocation::allocated));

        PreparedDay prepared = planner.prepare(day, FairnessOptions.STANDARD,
                new DayReplan(publishedUnits, List.of(pinned), Set.of(), List.of()));

        Van again = prepared.problem().getRealVans().stream().filter(route -> route.getId().equals(van.getId()))
                .findFirst().orElseThrow();
        assertThat(again.getPinnedCount()).isEqualTo(3);
        List<Visit> head = again.getVisits().subList(0, 3);
        assertThat(head.get(0).getRequest()).isEqualTo(two.get(0).request());
        assertThat(head.get(1).isReload()).isTrue();
        assertThat(head.get(1).getServiceSeconds()).isEqualTo(1_500);
        assertThat(head.get(2).getRequest()).isEqualTo(two.get(1).request());
    }

    private static Delivery delivery(Visit visit) {
        return new Delivery(visit.getRequest(), visit.getUnits());
    }
}
