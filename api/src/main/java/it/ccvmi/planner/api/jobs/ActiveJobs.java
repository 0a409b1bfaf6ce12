package it.ccvmi.planner.api.jobs;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The jobs this replica is solving now (other replicas solve theirs: their rows say how they are going). */
@Component
class ActiveJobs {

    private final Map<String, ActiveJob> jobs = new ConcurrentHashMap<>();

    void add(ActiveJob job) {
        jobs.put(job.id(), job);
    }

    void remove(String id) {
        jobs.remove(id);
    }

    /** The job if this replica solves it, else null. */
    ActiveJob get(String id) {
        return jobs.get(id);
    }

    Collection<ActiveJob> all() {
        return jobs.values();
    }
}
