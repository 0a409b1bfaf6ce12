package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;

/**
 * What an insertion adds to the soft score, as the recreate ranks positions: the driving it adds, the crew-balance
 * penalty of the longer working day, and the convoy penalty when the van is one more for the requester. Where
 * driving is the only soft goal (the benchmarks) this is the added driving. The working day grows by as much as the
 * van's return is delayed (the caller's {@code RouteFit.Schedule#returnDelay}): less than the added driving and
 * unloading where a wait for a window absorbs it, far more where a later stop misses its window and waits for the
 * next (a COC's lunch break). Each candidate plan is still judged by its exact score ({@link PlainListScorer}).
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

    /** Whether the length of the van's working day counts (the crew-balance goal). */
    boolean countsWork(Van van) {
        return balanceWeight != 0 && van.isTimed();
    }

    /** Whether the convoy goal counts, so the recreate must know which vans serve each requester. */
    boolean countsConvoys() {
        return convoyWeight != 0;
    }

    /**
     * @param workSeconds   the van's working day as its route stands (0 for an empty route)
     * @param extraDriving  driving seconds the insertion adds
     * @param extraWork     seconds it adds to the working day
     * @param extraVan      whether the van would be one more van carrying goods for the visit's requester
     */
    long of(Van van, long workSeconds, long extraDriving, long extraWork, boolean extraVan) {
        long cost = drivingWeight * extraDriving + (extraVan ? convoyWeight : 0);
        if (countsWork(van)) {
            long before = workSeconds / 60;
            long after = (workSeconds + extraWork) / 60;
            cost += balanceWeight * (after * after / 10 - before * before / 10);
        }
        return cost;
    }
}
