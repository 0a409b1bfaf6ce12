package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.solver.routing.solve.SolveRun;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A job of this process that has not ended: its live best score and the handle to stop its solve. */
final class ActiveJob {

    private final String id;
    private final LocalDate date;
    private final long submittedNanos = System.nanoTime();
    private volatile long firstFeasibleNanos;
    /** A new best score not yet sent to the event subscribers. */
    private volatile boolean unpublished;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile SolveRun run;
    private volatile boolean stopRequested;
    private volatile HardMediumSoftLongScore bestScore;

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

    void improved(HardMediumSoftLongScore score) {
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

    void end() {
        ended.complete(null);
    }

    CompletableFuture<Void> ended() {
        return ended;
    }
}
