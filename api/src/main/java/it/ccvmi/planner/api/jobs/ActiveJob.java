package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.SolveRun;
import java.time.LocalDate;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A job this replica is solving: its live best plan and the handle to stop its solve. */
final class ActiveJob {

    private final String id;
    private final LocalDate date;
    private final long submittedNanos = System.nanoTime();
    private volatile long firstFeasibleNanos;
    /** A new best score not yet sent to the event subscribers. */
    private volatile boolean unpublished;
    private volatile SolveRun run;
    private volatile boolean stopRequested;
    private volatile HardMediumSoftLongScore bestScore;
    /** The solver's latest best plan (its own clone, never changed again). */
    private volatile RoutingPlan best;
    /** A new best plan not yet written as the checkpoint. */
    private volatile boolean uncheckpointed;

    ActiveJob(String id, LocalDate date) {
        this.id = id;
        this.date = date;
    }

    String id() {
        return id;
    }

    LocalDate date() {
        return date;
    }

    void solving(SolveRun run) {
        this.run = run;
        enforceStop();
    }

    void improved(RoutingPlan plan) {
        HardMediumSoftLongScore score = plan.getScore();
        this.best = plan;
        this.uncheckpointed = true;
        this.bestScore = score;
        this.unpublished = true;
        if (firstFeasibleNanos == 0 && score.isFeasible()) {
            firstFeasibleNanos = System.nanoTime();
        }
    }

    /** True once per new best score. */
    boolean takeUnpublished() {
        boolean was = unpublished;
        unpublished = false;
        return was;
    }

    /** The best plan not yet written as the checkpoint, once; null when there is none. */
    RoutingPlan takeUncheckpointed() {
        if (!uncheckpointed) {
            return null;
        }
        uncheckpointed = false;
        return best;
    }

    /** Milliseconds from submission to the first feasible best solution, or -1 if there was none. */
    long millisToFirstFeasible() {
        return firstFeasibleNanos == 0 ? -1 : (firstFeasibleNanos - submittedNanos) / 1_000_000;
    }

    HardMediumSoftLongScore bestScore() {
        return bestScore;
    }

    void requestStop() {
        stopRequested = true;
        enforceStop();
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /**
     * Terminates the solver if a stop was asked for. Called again every second: a termination asked for before
     * the solver's own start is reset by it.
     */
    void enforceStop() {
        SolveRun current = run;
        if (stopRequested && current != null) {
            current.stop();
        }
    }
}
