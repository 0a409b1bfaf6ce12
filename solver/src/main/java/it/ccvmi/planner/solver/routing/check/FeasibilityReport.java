package it.ccvmi.planner.solver.routing.check;

import java.util.List;

/**
 * What the independent checker found in a plan's routes.
 *
 * @param violations      every broken hard rule, in words; empty when the plan is feasible
 * @param drivingSeconds  total driving time of all vans, depot to depot
 * @param drivingMetres   total driving distance of all vans, depot to depot
 * @param routesUsed      vans with at least one visit
 * @param postponedVisits visits left on the postponed list
 */
public record FeasibilityReport(List<String> violations, long drivingSeconds, long drivingMetres, int routesUsed,
        int postponedVisits) {

    public boolean feasible() {
        return violations.isEmpty();
    }
}
