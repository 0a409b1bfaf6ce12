package it.ccvmi.planner.data.job;

/** Life cycle of a planning job. */
public enum JobState {
    /** Waiting for a free solver. */
    QUEUED,
    /** The solver is working on it. */
    SOLVING,
    /** Solved to its time limit; the plan version is stored. */
    DONE,
    /** Stopped early by a planner; the best plan found so far is stored. */
    STOPPED,
    /** Could not be planned (e.g. a site off the road network); see the error. */
    FAILED,
    /** The service stopped while the job was queued or solving. */
    INTERRUPTED;

    public boolean isFinished() {
        return this != QUEUED && this != SOLVING;
    }
}
