package it.ccvmi.planner.api.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, reports as INTERRUPTED the jobs left QUEUED or SOLVING that the job engine does not hold (left by a
 * version of the service before it): nothing will end them, and a planner must see that they did not finish. The
 * jobs the engine holds go on, on this replica or another.
 */
@Component
class InterruptedJobs implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedJobs.class);

    private final JobStore store;
    private final JobEngine engine;

    InterruptedJobs(JobStore store, JobEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        int interrupted = store.interruptOrphans(engine::holds);
        if (interrupted > 0) {
            LOG.warn("{} planning job(s) were left queued or solving outside the job engine: marked INTERRUPTED",
                    interrupted);
        }
    }
}
