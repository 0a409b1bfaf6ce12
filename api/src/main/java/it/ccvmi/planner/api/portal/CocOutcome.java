package it.ccvmi.planner.api.portal;

import it.ccvmi.planner.api.plans.StoredResult.GoodsUnits;
import it.ccvmi.planner.api.plans.StoredResult.Unassigned;
import it.ccvmi.planner.api.plans.VersionDocument;
import it.ccvmi.planner.api.plans.VersionDocument.AllocationView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a comune received in a day's published plan, per goods category: units requested and allocated, and how
 * much of all comuni's requests for that category the stock covered (the fair split's reason, in numbers the page
 * puts in words), plus its postponed deliveries with their reason.
 */
public record CocOutcome(LocalDate date, int versionNumber, List<CategoryOutcome> categories,
        List<Postponed> postponed) {

    /** @param coverageOfAllComuni allocated ÷ requested of that category over every comune of the day */
    public record CategoryOutcome(String goodsCode, int requested, int allocated, double coverageOfAllComuni) {
    }

    /** @param reason a postponement reason code; detail the solver's explanation */
    public record Postponed(String siteName, String goodsCode, long units, long kg, String reason, String detail) {
    }

    static CocOutcome of(VersionDocument version, String istat) {
        Map<String, int[]> all = totals(version.allocations());
        Map<String, int[]> own = totals(version.allocations().stream()
                .filter(allocation -> allocation.comuneIstat().equals(istat)).toList());
        List<CategoryOutcome> categories = own.entrySet().stream()
                .map(entry -> new CategoryOutcome(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                        coverage(all.get(entry.getKey()))))
                .toList();
        List<Postponed> postponed = new ArrayList<>();
        // A version stored without a solver result (none left out) has no list of unassigned deliveries.
        List<Unassigned> unassigned = version.unassigned() == null ? List.of() : version.unassigned();
        for (Unassigned order : unassigned) {
            if (istat.equals(order.comuneIstat())) {
                for (GoodsUnits goods : order.goods()) {
                    postponed.add(new Postponed(order.siteName(), goods.goodsCode(), goods.units(), order.kg(),
                            order.reason(), order.detail()));
                }
            }
        }
        return new CocOutcome(version.date(), version.number(), categories, postponed);
    }

    /** Units requested [0] and allocated [1] per goods code, by code. */
    private static Map<String, int[]> totals(List<AllocationView> allocations) {
        return allocations.stream().collect(Collectors.groupingBy(AllocationView::goodsCode, TreeMap::new,
                Collectors.reducing(new int[2],
                        allocation -> new int[] {allocation.requested(), allocation.allocated()},
                        (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]})));
    }

    private static double coverage(int[] requestedAndAllocated) {
        return requestedAndAllocated[0] == 0 ? 1 : (double) requestedAndAllocated[1] / requestedAndAllocated[0];
    }
}
