package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.data.job.JobState;
import it.ccvmi.planner.data.job.PlanningJob;
import it.ccvmi.planner.data.plan.PlanVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A planning job as the API shows it.
 *
 * @param queuePosition 1 for the next job to start; only while QUEUED
 * @param progress      share of the time limit used, 0..1 (1 once ended)
 * @param planVersion   the stored result, once there is one
 * @param resumes       how many times a replica took the job over after the one solving it stopped; each time the
 *                      solve goes on from the checkpoint, the best routes stored so far (score {@code checkpointScore})
 */
public record JobView(String id, LocalDate date, JobState state, Integer queuePosition, String bestScore,
        Boolean feasible, double elapsedSeconds, int timeLimitSeconds, double progress, String error,
        String requestedBy, OffsetDateTime queuedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        VersionLink planVersion, int resumes, String checkpointScore) {

    public record VersionLink(LocalDate date, int number, String url) {
    }

    /** @param live the running job's fresher best score, if it runs in this process */
    static JobView of(PlanningJob job, ActiveJob live, Integer queuePosition, OffsetDateTime now) {
        String score = job.getBestScore();
        Boolean feasible = job.getFeasible();
        if (live != null && live.bestScore() != null && !job.getState().isFinished()) {
            score = live.bestScore().toString();
            feasible = live.bestScore().isFeasible();
        }
        double elapsed = job.getStartedAt() == null ? 0
                : Duration.between(job.getStartedAt(), job.getFinishedAt() == null ? now : job.getFinishedAt())
                        .toMillis() / 1000.0;
        double progress = job.getState().isFinished() ? 1
                : Math.min(1, elapsed / job.getTimeLimitSeconds());
        return new JobView(job.getId(), job.getDeliveryDate(), job.getState(),
                job.getState() == JobState.QUEUED ? queuePosition : null, score, feasible, elapsed,
                job.getTimeLimitSeconds(), progress, job.getError(), job.getRequestedBy(), job.getQueuedAt(),
                job.getStartedAt(), job.getFinishedAt(), link(job.getPlanVersion()), job.getResumes(),
                job.getCheckpointScore());
    }

    private static VersionLink link(PlanVersion version) {
        if (version == null) {
            return null;
        }
        LocalDate date = version.getPlan().getDeliveryDate();
        return new VersionLink(date, version.getNumber(), "/api/v1/plans/" + date + "/versions/" + version.getNumber());
    }
}
