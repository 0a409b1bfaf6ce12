package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.api.plans.StoredResult.ComuneFill;
import it.ccvmi.planner.api.plans.StoredResult.ConstraintScore;
import it.ccvmi.planner.api.plans.StoredResult.Fairness;
import it.ccvmi.planner.api.plans.StoredResult.Feasibility;
import it.ccvmi.planner.api.plans.StoredResult.GoodsUnits;
import it.ccvmi.planner.api.plans.StoredResult.RouterInfo;
import it.ccvmi.planner.api.plans.StoredResult.ScoreAnalysis;
import it.ccvmi.planner.api.plans.StoredResult.Timings;
import it.ccvmi.planner.api.plans.StoredResult.Unassigned;
import it.ccvmi.planner.api.plans.StoredResult.UnusedVehicle;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.planning.DayPlan;
import it.ccvmi.planner.planning.FillStatistics;
import it.ccvmi.planner.planning.UnroutableOrder;
import it.ccvmi.planner.routing.RouterDescription;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.allocation.FillRatio;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.explain.PostponedDelivery;
import it.ccvmi.planner.solver.routing.model.Visit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a plan version's {@link StoredResult} from the planned day. */
final class StoredResults {

    static final String NOT_PLACED = "NOT_PLACED";
    static final String SITE_CLOSED = "SITE_CLOSED";

    private final DayPlan plan;
    private final Map<Long, Site> sites;
    private final Map<String, Double> unitWeightsKg;

    /**
     * @param sites         stored sites by id
     * @param unitWeightsKg kg per unit by goods code
     */
    StoredResults(DayPlan plan, Map<Long, Site> sites, Map<String, Double> unitWeightsKg) {
        this.plan = plan;
        this.sites = sites;
        this.unitWeightsKg = unitWeightsKg;
    }

    StoredResult build() {
        RouterDescription router = plan.router();
        return new StoredResult(StoredResult.CURRENT_SCHEMA,
                new RouterInfo(router.name(), router.toString(), router.dataSource(), router.profile()),
                unassigned(), unusedVehicles(), fairness(), scoreAnalysis(), feasibility(plan.feasibility()),
                new Timings(plan.timings().split().toMillis(), plan.timings().matrix().toMillis(),
                        plan.timings().solve().toMillis()));
    }

    private List<UnusedVehicle> unusedVehicles() {
        return plan.unusedVans().stream().map(van -> new UnusedVehicle(van.vehicle().value(), van.label(),
                van.organisation(), van.reason())).toList();
    }

    private List<Unassigned> unassigned() {
        Map<String, Visit> visits = plan.routes().getVisits().stream()
                .collect(Collectors.toMap(Visit::getId, Function.identity()));
        List<Unassigned> unassigned = new ArrayList<>();
        for (PostponedDelivery postponed : plan.explanation().postponed()) {
            Visit visit = visits.get(postponed.visitId());
            long units = visit.getUnits();
            unassigned.add(entry(postponed.requesterId(), postponed.goodsCode(), units, postponed.kg(),
                    postponed.reason().name(), postponed.explanation()));
        }
        for (Visit visit : plan.routes().getVisits()) {
            if (visit.getVan() == null && !visit.isReload()) { // a stop during construction leaves deliveries unplaced
                unassigned.add(entry(visit.getRequesterId(), visit.getGoodsCode(),
                        visit.getUnits(), visit.getKg(),
                        NOT_PLACED, "il calcolo è stato fermato prima di assegnare questa consegna: pianificare"
                                + " di nuovo il giorno"));
            }
        }
        for (UnroutableOrder order : plan.unroutable()) {
            unassigned.add(entry(order.requesterId(), order.goodsCode(), order.units(),
                    Math.round(order.units() * unitWeightsKg.get(order.goodsCode())), SITE_CLOSED, order.reason()));
        }
        return unassigned;
    }

    private Unassigned entry(String requesterId, String goods, long units, long kg, String reason, String detail) {
        Site site = site(requesterId);
        return new Unassigned(site.getId(), site.getName(), site.getComune().getIstatCode(),
                List.of(new GoodsUnits(goods, units)), kg, reason, detail);
    }

    private Fairness fairness() {
        FillStatistics fill = FillStatistics.of(plan.allocations());
        Map<String, BigDecimal[]> kgByComune = new TreeMap<>(); // istat → {requested, allocated}
        for (FairAllocation allocation : plan.allocations()) {
            BigDecimal unitKg = BigDecimal.valueOf(unitWeightsKg.get(allocation.goodsCode()));
            BigDecimal[] kg = kgByComune.computeIfAbsent(
                    site(allocation.requesterId()).getComune().getIstatCode(),
                    istat -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            kg[0] = kg[0].add(unitKg.multiply(BigDecimal.valueOf(allocation.requested())));
            kg[1] = kg[1].add(unitKg.multiply(BigDecimal.valueOf(allocation.allocated())));
        }
        Map<String, String> comuneNames = sites.values().stream().collect(Collectors.toMap(
                site -> site.getComune().getIstatCode(), site -> site.getComune().getName(), (a, b) -> a));
        List<ComuneFill> perComune = kgByComune.entrySet().stream().map(entry -> {
            BigDecimal requested = entry.getValue()[0];
            BigDecimal allocated = entry.getValue()[1];
            return new ComuneFill(entry.getKey(), comuneNames.get(entry.getKey()), round(requested.doubleValue()),
                    round(allocated.doubleValue()), FillRatio.of(allocated, requested).doubleValue());
        }).toList();
        return new Fairness(fill.minimum(), fill.mean(), fill.jain(), perComune);
    }

    /** The stored site of a requester key, by the id the day's input carried. */
    private Site site(String requesterId) {
        return sites.get(plan.ids().site(requesterId).id().value());
    }

    private ScoreAnalysis scoreAnalysis() {
        return new ScoreAnalysis(plan.explanation().score().toString(), plan.explanation().constraints().stream()
                .map(summary -> new ConstraintScore(summary.constraint(), summary.score().toString(),
                        summary.matches()))
                .toList());
    }

    private static Feasibility feasibility(FeasibilityReport report) {
        return new Feasibility(report.feasible(), report.violations(), report.drivingSeconds(), report.drivingMetres(),
                report.routesUsed(), report.postponedVisits());
    }

    private static double round(double kg) {
        return Math.round(kg * 10) / 10.0;
    }
}
