package it.ccvmi.planner.api.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, reports the jobs a previous process left QUEUED or SOLVING as INTERRUPTED: they will never end by
 * themselves, and a planner must see that they did not finish (their earlier plans stay readable).
 */
@Component
class InterruptedJobs implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedJobs.class);

    private final JobStore store;
    private final PlanningJobs jobs;

    InterruptedJobs(JobStore store, PlanningJobs jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        int interrupted = store.interruptLeftovers(jobs.activeIds());
        if (interrupted > 0) {
            LOG.warn("{} planning job(s) were queued or solving when the service last stopped: marked INTERRUPTED",
                    interrupted);
        }
    }
}
