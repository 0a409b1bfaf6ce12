package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.data.job.JobState;
import it.ccvmi.planner.data.job.PlanningJob;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** A job as the API shows it: its row, with the live best score when this replica solves it. */
@Component
class JobViews {

    private final JobStore store;
    private final ActiveJobs active;
    private final Clock clock;

    JobViews(JobStore store, ActiveJobs active, Clock clock) {
        this.store = store;
        this.active = active;
        this.clock = clock;
    }

    /** @throws it.ccvmi.planner.api.web.ApiProblem 404 for an unknown id */
    JobView of(String id) {
        return of(store.find(id));
    }

    JobView of(PlanningJob job) {
        Integer position = job.getState() == JobState.QUEUED ? store.queuePosition(job) : null;
        return JobView.of(job, active.get(job.getId()), position, OffsetDateTime.now(clock));
    }
}
