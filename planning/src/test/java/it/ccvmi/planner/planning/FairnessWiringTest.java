package it.ccvmi.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.planning.FairnessOptions.RequesterGoods;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.goods.GoodsCodes;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.allocation.PastOutcome;
import it.ccvmi.planner.solver.routing.build.DeliveryOrder;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Need weights and past outcomes reach the fair split, and the carried shortfall reaches the delivery orders. */
class FairnessWiringTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final SiteRef PIOLTELLO = new SiteRef(SiteKind.COC, "015175", "COC Pioltello");
    static final SiteRef SEGRATE = new SiteRef(SiteKind.COC, "015205", "COC Segrate");
    /** Two comuni ask 10 cases of pasta each; the depot has 10. */
    static final PlanningDay SHORT_DAY = new PlanningDay(DAY, 0,
            List.of(new RequestLine(new RequestId(1), PIOLTELLO, GoodsCodes.PASTA_RISO, 10),
                    new RequestLine(new RequestId(2), SEGRATE, GoodsCodes.PASTA_RISO, 10)),
            List.of(new StockLine(GoodsCodes.PASTA_RISO, 10, 120, DAY.minusDays(1), null)), List.of());

    final PlanningTerritory territory = PlanningTestData.referenceDays().territory();
    final String pioltello = territory.site(PIOLTELLO).key();
    final String segrate = territory.site(SEGRATE).key();

    @Test
    void withoutOptionsEveryoneGetsTheSameFillRatio() {
        assertThat(allocated(FairnessOptions.STANDARD)).containsEntry(pioltello, 5L).containsEntry(segrate, 5L);
    }

    @Test
    void aRequesterShortChangedYesterdayGetsMoreTodayAndItsDeliveryCostsMoreToPostpone() {
        // Yesterday Pioltello's fair share was 5 of 10 and nothing was delivered: shortfall 0.5, weight 1.5 today.
        FairnessOptions history = new FairnessOptions(Map.of(), Map.of(
                new RequesterGoods(territory.site(PIOLTELLO).id(), GoodsCodes.PASTA_RISO),
                List.of(new PastOutcome(1, 10, BigDecimal.valueOf(5), 0))));

        assertThat(allocated(history)).containsEntry(pioltello, 6L).containsEntry(segrate, 4L);
        List<FairAllocation> allocations = new DaySplit(territory, history).split(SHORT_DAY);
        List<DeliveryOrder> orders = new DayOrders(allocations, territory,
                PlanningTestData.referenceDays().catalogue(),
                DayOfWeek.TUESDAY, new DayLocations(territory.depot())).orders();
        assertThat(orders).filteredOn(order -> order.requesterId().equals(pioltello))
                .singleElement().extracting(DeliveryOrder::historicalShortfall).isEqualTo(0.5);
        assertThat(orders).filteredOn(order -> order.requesterId().equals(segrate))
                .singleElement().extracting(DeliveryOrder::historicalShortfall).isEqualTo(0.0);
    }

    @Test
    void aHigherNeedWeightRaisesTheFillRatio() {
        FairnessOptions needs = new FairnessOptions(Map.of(territory.site(SEGRATE).id(), BigDecimal.valueOf(3)), Map.of());

        assertThat(allocated(needs)).containsEntry(pioltello, 3L).containsEntry(segrate, 7L);
    }

    private Map<String, Long> allocated(FairnessOptions options) {
        return new DaySplit(territory, options).split(SHORT_DAY).stream()
                .collect(Collectors.toMap(FairAllocation::requesterId, FairAllocation::allocated));
    }
}
