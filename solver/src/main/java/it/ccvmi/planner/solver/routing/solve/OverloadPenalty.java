package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * The price of a kg (or litre) over a van's capacity while {@link RuinAndRecreateSearch} may pass through overloaded
 * plans (HGS's penalised infeasible solutions): the recreate may then put a visit into a full trip at this price, and
 * the acceptance weighs a candidate's overload at it, so the search crosses between feasible plans that no feasible
 * step joins. The best plan is still only ever a plan within capacity (a broken rule always scores worse).
 *
 * <p>The price adapts as in HGS: every {@link #WINDOW} candidates it rises when fewer than {@link #FEASIBLE_SHARE}
 * (less the tolerance) of them kept every capacity and falls when more did, so the search spends about that share of
 * its time in feasible plans.
 *
 * <p>Only on plans without times or depot returns whose routes are long (the plan the search starts from has
 * {@value #MIN_VISITS_PER_ROUTE} or more visits per route), where it measured better: at a fixed candidate budget
 * X-n214-k11, X-n280-k17, X-n308-k13 and X-n367-k17 averaged 1.13 % against 1.47 % over four seeds; on X instances
 * of 50 to 85 routes it cost twice the time per candidate (a full van is no longer skipped) for no better plans
 * (README, *Results*, "Overloaded plans").
 */
final class OverloadPenalty {

    static final int MIN_VISITS_PER_ROUTE = 12;
    private static final int WINDOW = 100;
    private static final double FEASIBLE_SHARE = 0.25;
    private static final double TOLERANCE = 0.05;
    private static final double RISE = 1.2;
    private static final double FALL = 0.85;

    private double softPerUnit;
    private int candidates;
    private int feasible;

    /** @param softPerUnit the starting price, in soft points per kg or litre over capacity */
    OverloadPenalty(double softPerUnit) {
        this.softPerUnit = softPerUnit;
    }

    /**
     * The penalty for the search from {@code plan}'s routes, whose driving weighs {@code softPerHop} soft points per
     * mean nearest-neighbour hop: a mean delivery's kg over capacity first costs one hop. Null when the plan does not
     * qualify (see above).
     */
    static OverloadPenalty forSearch(RoutingPlan plan, double softPerHop) {
        long routes = plan.getRealVans().stream().filter(van -> !van.getVisits().isEmpty()).count();
        boolean qualifies = routes > 0 && plan.getVisits().size() >= MIN_VISITS_PER_ROUTE * routes
                && plan.getVans().stream().noneMatch(Van::isTimed) && plan.getVisits().stream().noneMatch(Visit::isReload);
        if (!qualifies) {
            return null;
        }
        double meanKg = plan.getVisits().stream().mapToLong(Visit::getKg).average().orElse(1);
        return new OverloadPenalty(softPerHop / Math.max(1, meanKg));
    }

    /** Soft points per kg or litre over capacity. */
    double softPerUnit() {
        return softPerUnit;
    }

    /** The soft penalty of a candidate whose only broken rules are its overloads ({@code hardScore} points). */
    double of(long hardScore) {
        return softPerUnit * -hardScore;
    }

    /** Counts a candidate; after each window, moves the price towards the feasible share. */
    void record(boolean withinCapacity) {
        candidates++;
        feasible += withinCapacity ? 1 : 0;
        if (candidates == WINDOW) {
            double share = (double) feasible / WINDOW;
            if (share < FEASIBLE_SHARE - TOLERANCE) {
                softPerUnit *= RISE;
            } else if (share > FEASIBLE_SHARE + TOLERANCE) {
                softPerUnit *= FALL;
            }
            candidates = 0;
            feasible = 0;
        }
    }
}
