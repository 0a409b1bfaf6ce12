package it.ccvmi.planner.data.job;

import it.ccvmi.planner.data.plan.PlanVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A request to plan one delivery date, and how its solve went. */
@Entity
@Table(name = "planning_job")
public class PlanningJob {

    /** Longest error text kept (the column's length). */
    static final int MAX_ERROR = 4000;

    @Id
    private String id;

    private LocalDate deliveryDate;

    private int timeLimitSeconds;

    /** The vehicle subset and fairness options as requested (JSON). */
    private String parametersJson;

    @Enumerated(EnumType.STRING)
    private JobState state;

    private String bestScore;

    private Boolean feasible;

    private OffsetDateTime queuedAt;

    private OffsetDateTime startedAt;

    private OffsetDateTime finishedAt;

    private String error;

    private String requestedBy;

    /** The best routes so far, visit ids per van id (JSON), for the replica that takes the job over. */
    private String checkpointJson;

    private String checkpointScore;

    /** A planner asked to stop the job; the replica solving it reads the flag. */
    private boolean stopRequested;

    /** How many times a replica took the job over after the one solving it stopped. */
    private int resumes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_version_id")
    private PlanVersion planVersion;

    protected PlanningJob() {
    }

    public PlanningJob(LocalDate deliveryDate, int timeLimitSeconds, String parametersJson, String requestedBy,
            Clock clock) {
        this.id = UUID.randomUUID().toString();
        this.deliveryDate = Objects.requireNonNull(deliveryDate);
        this.timeLimitSeconds = timeLimitSeconds;
        this.parametersJson = Objects.requireNonNull(parametersJson);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.state = JobState.QUEUED;
        this.queuedAt = OffsetDateTime.now(clock);
    }

    public void start(Clock clock) {
        requireState(JobState.QUEUED);
        state = JobState.SOLVING;
        startedAt = OffsetDateTime.now(clock);
    }

    public void improve(String score, boolean feasible) {
        this.bestScore = score;
        this.feasible = feasible;
    }

    /** Ends the job with its plan: DONE, or STOPPED when a planner stopped it early. */
    public void finish(JobState outcome, PlanVersion version, Clock clock) {
        if (outcome != JobState.DONE && outcome != JobState.STOPPED) {
            throw new IllegalArgumentException("a job with a plan ends DONE or STOPPED, not " + outcome);
        }
        end(outcome, clock);
        this.planVersion = version;
    }

    public void fail(String error, Clock clock) {
        end(JobState.FAILED, clock);
        this.error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    /** The service stopped before this job ended and nothing will take it over (it was never handed to the job engine). */
    public void interrupt(Clock clock) {
        end(JobState.INTERRUPTED, clock);
        this.error = "il servizio si è fermato mentre questo calcolo era " + (startedAt == null ? "in coda"
                : "in corso");
    }

    private void end(JobState outcome, Clock clock) {
        if (state.isFinished()) {
            throw new IllegalStateException("job " + id + " already ended " + state);
        }
        state = outcome;
        finishedAt = OffsetDateTime.now(clock);
    }

    private void requireState(JobState expected) {
        if (state != expected) {
            throw new IllegalStateException("job " + id + " is " + state + ", not " + expected);
        }
    }

    public String getId() {
        return id;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public String getParametersJson() {
        return parametersJson;
    }

    public JobState getState() {
        return state;
    }

    public String getBestScore() {
        return bestScore;
    }

    public Boolean getFeasible() {
        return feasible;
    }

    public OffsetDateTime getQueuedAt() {
        return queuedAt;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getError() {
        return error;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getCheckpointJson() {
        return checkpointJson;
    }

    public String getCheckpointScore() {
        return checkpointScore;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public int getResumes() {
        return resumes;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }
}
