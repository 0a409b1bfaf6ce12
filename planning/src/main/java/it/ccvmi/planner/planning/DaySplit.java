package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.allocation.FairSplit;
import it.ccvmi.planner.solver.allocation.Request;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Step 1: the day's stock split fairly, goods type by goods type, among the sites that asked. */
final class DaySplit {

    private final PlanningTerritory territory;
    private final FairnessOptions fairness;

    DaySplit(PlanningTerritory territory, FairnessOptions fairness) {
        this.territory = territory;
        this.fairness = fairness;
    }

    List<FairAllocation> split(PlanningDay day) {
        List<Request> requests = day.requests().stream().map(this::request).toList();
        return FairSplit.split(requests, stockUnits(day));
    }

    private Request request(RequestLine line) {
        PlanningSite site = territory.site(line.site());
        return new Request(line.id(), site.key(), line.goodsCode(), line.units(), fairness.needWeight(site.id()),
                fairness.carriedShortfall(site.id(), line.goodsCode()));
    }

    /** Units in stock per goods type; 0 for a goods type that was asked for but is not in the depot. */
    private static Map<String, Long> stockUnits(PlanningDay day) {
        Map<String, Long> units = new HashMap<>();
        day.requests().forEach(line -> units.put(line.goodsCode(), 0L));
        for (StockLine lot : day.stock()) {
            units.merge(lot.goodsCode(), (long) lot.units(), Long::sum);
        }
        return units;
    }
}
