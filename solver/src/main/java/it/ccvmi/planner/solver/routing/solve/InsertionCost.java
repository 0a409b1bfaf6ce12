package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;

/**
 * What an insertion adds to the soft score, as the recreate ranks positions: the driving it adds, the crew-balance
 * penalty of the longer working day, and the convoy penalty when the van is one more for the requester. Where
 * driving is the only soft goal (the benchmarks) this is the added driving. The working day grows by the added
 * driving and unloading; waits for a window that the insertion moves are left out, so the balance term is an
 * estimate. Each candidate plan is still judged by its exact score ({@link PlainListScorer}).
 */
final class InsertionCost {

    private final long drivingWeight;
    private final long balanceWeight;
    private final long convoyWeight;

    InsertionCost(RoutingWeights weights) {
        drivingWeight = weights.getTotalDrivingTime().softScore();
        balanceWeight = weights.getBalancedCrewWorkload().softScore();
        convoyWeight = weights.getRequesterOnFewVans().softScore();
    }

    /** Whether the convoy goal counts, so the recreate must know which vans serve each requester. */
    boolean countsConvoys() {
        return convoyWeight != 0;
    }

    /**
     * @param workSeconds   the van's working day as its route stands (0 for an empty route)
     * @param extraDriving  driving seconds the insertion adds
     * @param extraService  unloading (and reloading) seconds it adds
     * @param extraVan      whether the van would be one more van carrying goods for the visit's requester
     */
    long of(Van van, long workSeconds, long extraDriving, long extraService, boolean extraVan) {
        long cost = drivingWeight * extraDriving + (extraVan ? convoyWeight : 0);
        if (balanceWeight != 0 && van.isTimed()) {
            long before = workSeconds / 60;
            long after = (workSeconds + extraDriving + extraService) / 60;
            cost += balanceWeight * (after * after / 10 - before * before / 10);
        }
        return cost;
    }
}
