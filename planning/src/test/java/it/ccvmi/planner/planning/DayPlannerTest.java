package it.ccvmi.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.graphhopper.GraphHopperSettings;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.explain.PostponedDelivery;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on generated Milan days: real territory, straight-line router, a short deterministic solve. */
class DayPlannerTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    static final SolveLimits QUICK = SolveLimits.steps(200);

    static ReferenceDays days;
    static Router straightLine;

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
    void aWeekdayIsSplitFairlyRoutedFeasiblyAndExplained() {
        PlanningDay day = days.generate(TUESDAY, 7, DaySize.ORDINARY);

        DayPlan plan = planner(straightLine).plan(day, QUICK);

        assertThat(plan.allocations()).hasSize(day.requests().size())
                .allSatisfy(allocation -> assertThat(allocation.allocated()).isBetween(0L, allocation.requested()));
        Map<String, Long> stock = day.stock().stream()
                .collect(Collectors.groupingBy(StockLine::goodsCode, Collectors.summingLong(StockLine::units)));
        byGoods(plan.allocations(), FairAllocation::requested).forEach((goods, requested) -> assertThat(
                byGoods(plan.allocations(), FairAllocation::allocated).get(goods)).as(goods)
                .isEqualTo(Math.min(requested, stock.getOrDefault(goods, 0L))));
        assertThat(plan.allocations()).allSatisfy(allocation -> assertThat(allocation.reason()).isNotBlank());

        assertThat(plan.unroutable()).isEmpty();
        assertEveryAllocatedUnitIsOnAVisit(plan, days.catalogue());
        assertEveryVisitIsRoutedOrPostponedWithAReason(plan);
        assertThat(plan.feasibility().violations()).isEmpty();
        assertThat(plan.router().name()).isEqualTo("straight-line");
        assertThat(plan.sites().get(0)).isEqualTo(days.territory().depot());
        assertThat(plan.routes().getRealVans()).allSatisfy(van -> {
            assertThat(van.getShiftStartSecond()).isGreaterThanOrEqualTo(9 * 3600);
            assertThat(van.getShiftEndSecond()).isLessThanOrEqualTo(18 * 3600);
        });
    }

    @Test
    void preparingADayLeavesItsDeliveriesUnrouted() {
        PlanningDay day = days.generate(TUESDAY, 7, DaySize.ORDINARY);

        PreparedDay prepared = planner(straightLine).prepare(day, FairnessOptions.STANDARD);

        assertThat(prepared.allocations()).hasSize(day.requests().size());
        assertThat(prepared.sites().get(0)).isEqualTo(days.territory().depot());
        assertThat(prepared.problem().getVisits()).isNotEmpty();
        assertThat(prepared.problem().getVans()).allSatisfy(van -> assertThat(van.getVisits()).isEmpty());
        assertThat(prepared.problem().getScore()).isNull();
    }

    @Test
    void onSundayTheClosedCocsAndRsaAreSetAsideWithTheReason() {
        LocalDate sunday = TUESDAY.with(DayOfWeek.SUNDAY);
        PlanningDay day = days.generate(sunday, 7, DaySize.ORDINARY);

        DayPlan plan = planner(straightLine).plan(day, QUICK);

        assertThat(plan.unroutable()).isNotEmpty()
                .allSatisfy(order -> assertThat(order.reason()).endsWith("non riceve merci di domenica"));
        assertThat(plan.routes().getVisits()).filteredOn(visit -> !visit.isReload()).isNotEmpty().allSatisfy(visit -> assertThat(
                days.territory().site(visit.getRequesterId()).kind()).isEqualTo(SiteKind.ATS_HUB));
        assertThat(plan.feasibility().violations()).isEmpty();
    }

    @Test
    void sitesOffTheRoadNetworkAreAllNamedInOneError(@TempDir Path graphCache) {
        // The fixture graph covers a few streets around the Duomo: almost every site of the day is off it.
        PlanningDay day = days.generate(TUESDAY, 7, DaySize.ORDINARY);
        try (Router duomoOnly = Routers.create(RoutingSettings.graphHopper(GraphHopperSettings.of(
                PlanningTestData.directory().resolve("osm/fixtures/milano-duomo-2019-roads.osm.pbf"), graphCache)))) {

            assertThatThrownBy(() -> planner(duomoOnly).plan(day, QUICK)).isInstanceOf(DayPlanningException.class)
                    .hasMessageStartingWith("Impossibile pianificare il " + TUESDAY + " con graphhopper: ")
                    .hasMessageContaining("cannot be placed on the road network")
                    .hasMessageContaining(days.territory().depot().name());
        }
    }

    @Test
    void aVanShortOfRoomReturnsToTheDepotForASecondTrip() {
        // One small van: 300 kg are gone after a few stops, long before its shift ends.
        PlanningDay generated = days.generate(TUESDAY, 7, DaySize.ORDINARY);
        VehicleLine first = generated.fleet().get(0);
        VehicleLine small = new VehicleLine(first.id(), first.organisation(), first.label(), 300, first.capacityM3(), true,
                first.shiftStart(), first.shiftEnd());
        PlanningDay oneVan = new PlanningDay(generated.date(), generated.seed(), generated.requests(), generated.stock(),
                List.of(small));

        DayPlan multiTrip = planner(straightLine).plan(oneVan, QUICK);
        DayPlan singleTrip = new DayPlanner(days.territory(), days.catalogue(), straightLine, MultiTrip.OFF)
                .plan(oneVan, QUICK);

        RouteSummary route = RouteSummary.of(multiTrip.routes().getRealVans()).get(0);
        assertThat(route.trips()).isGreaterThan(1);
        assertThat(route.depotReturns()).allSatisfy(back -> {
            assertThat(back.departureSecond() - back.arrivalSecond()).isEqualTo(MultiTrip.DEFAULT.reloadTime().toSeconds());
            assertThat(back.loadKg()).isPositive();
        });
        assertThat(multiTrip.feasibility().violations()).isEmpty();
        assertEveryVisitIsRoutedOrPostponedWithAReason(multiTrip);
        RouteSummary single = RouteSummary.of(singleTrip.routes().getRealVans()).get(0);
        assertThat(single.depotReturns()).isEmpty();
        assertThat(route.kg()).as("kg delivered with depot returns").isGreaterThan(single.kg());
    }

    @Test
    void anUnknownSiteIsRejectedByName() {
        PlanningDay day = days.generate(TUESDAY, 7, DaySize.ORDINARY);
        RequestLine stranger = new RequestLine(new RequestId(999), new SiteRef(SiteKind.COC, "999999", "COC Atlantide"),
                day.requests().get(0).goodsCode(), 3);
        PlanningDay withStranger = new PlanningDay(day.date(), day.seed(),
                Stream.concat(day.requests().stream(), Stream.of(stranger)).toList(),
                day.stock(), day.fleet());

        assertThatThrownBy(() -> planner(straightLine).plan(withStranger, QUICK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COC Atlantide");
    }

    private static DayPlanner planner(Router router) {
        return new DayPlanner(days.territory(), days.catalogue(), router);
    }

    private static Map<String, Long> byGoods(List<FairAllocation> allocations,
            ToLongFunction<FairAllocation> units) {
        return allocations.stream()
                .collect(Collectors.groupingBy(FairAllocation::goodsCode, Collectors.summingLong(units)));
    }

    /** A delivery's kg are its units × unit weight, rounded up per part: the parts add up to the allocation. */
    private static void assertEveryAllocatedUnitIsOnAVisit(DayPlan plan, GoodsCatalogue catalogue) {
        Map<String, List<Visit>> visitsByOrder = plan.routes().getVisits().stream()
                .collect(Collectors.groupingBy(visit -> visit.getRequesterId() + "|" + visit.getGoodsCode()));
        for (FairAllocation allocation : plan.allocations()) {
            List<Visit> visits = visitsByOrder.getOrDefault(allocation.requesterId() + "|" + allocation.goodsCode(), List.of());
            double exactKg = allocation.allocated() * catalogue.get(allocation.goodsCode()).unitWeightKg().doubleValue();
            long visitKg = visits.stream().mapToLong(Visit::getKg).sum();
            assertThat((double) visitKg).as("%s %s", allocation.requesterId(), allocation.goodsCode())
                    .isBetween(exactKg, exactKg + visits.size());
            assertThat(visits).as("the request each visit carries")
                    .allSatisfy(visit -> assertThat(visit.getRequest()).isEqualTo(allocation.request()));
        }
    }

    private static void assertEveryVisitIsRoutedOrPostponedWithAReason(DayPlan plan) {
        List<String> onVans = plan.routes().getRealVans().stream().map(Van::getVisits).flatMap(List::stream)
                .map(Visit::getId).toList();
        List<String> unusedReloads = plan.routes().getPostponedList().getVisits().stream().filter(Visit::isReload)
                .map(Visit::getId).toList();
        List<String> postponed = plan.routes().getPostponedList().getVisits().stream().filter(visit -> !visit.isReload())
                .map(Visit::getId).toList();
        assertThat(onVans).isNotEmpty();
        assertThat(plan.routes().getVisits()).extracting(Visit::getId)
                .containsExactlyInAnyOrderElementsOf(Stream.of(onVans, postponed, unusedReloads).flatMap(List::stream).toList());
        assertThat(plan.explanation().postponed()).extracting(PostponedDelivery::visitId)
                .containsExactlyInAnyOrderElementsOf(postponed);
        assertThat(plan.explanation().postponed()).allSatisfy(delivery -> {
            assertThat(delivery.reason()).isNotNull();
            assertThat(delivery.explanation()).isNotBlank();
        });
        assertThat(plan.feasibility().postponedVisits()).isEqualTo(postponed.size());
    }
}
