package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.plans.DrivenPlan;
import it.ccvmi.planner.api.plans.PlanWriter;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.job.JobState;
import it.ccvmi.planner.data.job.PlanningJob;
import it.ccvmi.planner.data.job.PlanningJobRepository;
import it.ccvmi.planner.data.plan.PlanVersion;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The jobs' rows: each state change in its own short transaction. */
@Component
class JobStore {

    private final PlanningJobRepository jobs;
    private final PlanWriter writer;
    private final Clock clock;

    JobStore(PlanningJobRepository jobs, PlanWriter writer, Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional
    PlanningJob create(PlanningJob job) {
        return jobs.save(job);
    }

    /** @throws ApiProblem 404 for an unknown id */
    @Transactional(readOnly = true)
    PlanningJob find(String id) {
        return jobs.findWithVersion(id)
                .orElseThrow(() -> ApiProblem.notFound("nessun calcolo di pianificazione con id " + id));
    }

    @Transactional(readOnly = true)
    List<PlanningJob> newestFirst() {
        return jobs.findAllNewestFirst();
    }

    @Transactional
    void start(String id) {
        change(id, job -> job.start(clock));
    }

    @Transactional
    void improve(String id, String score, boolean feasible) {
        jobs.recordBestScore(id, score, feasible);
    }

    @Transactional
    void fail(String id, String error) {
        change(id, job -> job.fail(error, clock));
    }

    @Transactional
    void cancel(String id) {
        change(id, job -> job.cancel(clock));
    }

    @Transactional
    void interrupt(String id) {
        change(id, job -> job.interrupt(clock));
    }

    /** Stores the plan (a re-plan of version {@code replannedFrom} when not null) and ends the job with it, in one transaction. */
    @Transactional
    void finish(String id, JobState outcome, DrivenPlan plan, Integer replannedFrom) {
        PlanningJob job = jobs.findById(id).orElseThrow();
        job.improve(plan.plan().routes().getScore().toString(), plan.plan().feasibility().feasible());
        PlanVersion version = writer.write(plan);
        if (replannedFrom != null) {
            version.replans(replannedFrom);
        }
        job.finish(outcome, version, clock);
    }

    /** Marks the jobs a previous process left queued or solving as interrupted; returns how many. */
    @Transactional
    int interruptLeftovers(Set<String> ownJobs) {
        List<PlanningJob> leftovers = jobs.findByStateIn(List.of(JobState.QUEUED, JobState.SOLVING)).stream()
                .filter(job -> !ownJobs.contains(job.getId())).toList();
        leftovers.forEach(job -> job.interrupt(clock));
        return leftovers.size();
    }

    private void change(String id, Consumer<PlanningJob> change) {
        change.accept(jobs.findById(id).orElseThrow());
    }
}
