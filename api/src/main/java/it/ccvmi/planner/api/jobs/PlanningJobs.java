package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.job.PlanningJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.ObjectMapper;

/**
 * The planning jobs of all replicas: submitted here, run by the job engine on whichever replica has a free solver
 * ({@link JobEngine}, {@link JobRunner}), read, followed and stopped from any replica through their rows.
 */
@Service
public class PlanningJobs {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningJobs.class);
    private static final long STOP_WAIT_MILLIS = 2 * 60 * 1000L;
    private static final long STOP_POLL_MILLIS = 100;

    private final DayInputLoader loader;
    private final ReplanBasis basis;
    private final JobStore store;
    private final JobEngine engine;
    private final JobEvents events;
    private final JobViews views;
    private final ActiveJobs active;
    private final ObjectMapper json;
    private final Clock clock;
    private final int maxJobsPerDate;
    private final int maxQueued;

    PlanningJobs(DayInputLoader loader, ReplanBasis basis, JobStore store, JobEngine engine, JobEvents events,
            JobViews views, ActiveJobs active, ObjectMapper json, Clock clock,
            @Value("${cisiamo.planning.max-jobs-per-date:3}") int maxJobsPerDate,
            @Value("${cisiamo.planning.max-queued:10}") int maxQueued) {
        this.loader = loader;
        this.basis = basis;
        this.store = store;
        this.engine = engine;
        this.events = events;
        this.views = views;
        this.active = active;
        this.json = json;
        this.clock = clock;
        this.maxJobsPerDate = maxJobsPerDate;
        this.maxQueued = maxQueued;
    }

    /**
     * Validates the request against the database, queues the job and returns it. The inputs are read again when
     * the job starts, so a queued job holds only its request and plans from the data of its start.
     *
     * @throws ApiProblem 409 when the date already has {@code max-jobs-per-date} jobs queued or solving, or
     *         {@code max-queued} jobs wait in all
     */
    public JobView submit(PlanRequest request, String requestedBy) {
        loader.load(request); // 400 now, not a FAILED job later, for a day that cannot be planned
        return submit(request.date(), request.timeLimit(), new JobParameters(request, null), requestedBy);
    }

    /**
     * Queues a re-plan of the date's published version (see {@link ReplanRequest}); its result is a new draft. The
     * basis is read again when the job starts, like the inputs: a version published meanwhile is the one re-planned.
     *
     * @throws ApiProblem 409 as {@link #submit(PlanRequest, String)}, or when the date has no published version; 400
     *         naming a van or stop the published version does not have
     */
    public JobView submitReplan(LocalDate date, ReplanRequest request, String requestedBy) {
        loader.load(new PlanRequest(date, request.timeLimit(), basis.of(date, request).vehicleIds(), null));
        return submit(date, request.timeLimit(), new JobParameters(null, request), requestedBy);
    }

    /** Checking the room and creating the row are serialized in this replica; replicas may overshoot by one each. */
    private synchronized JobView submit(LocalDate date, int timeLimit, JobParameters parameters, String requestedBy) {
        checkRoom(date);
        PlanningJob job = store.create(new PlanningJob(date, timeLimit, json.writeValueAsString(parameters),
                requestedBy, clock), engine::schedule);
        return views.of(job.getId());
    }

    private void checkRoom(LocalDate date) {
        long sameDate = store.unfinishedOn(date);
        if (sameDate >= maxJobsPerDate) {
            throw ApiProblem.conflict("per il " + date + " ci sono già " + sameDate + " calcoli in coda o in corso:"
                    + " attendere che uno finisca o fermarne uno (DELETE /api/v1/plans/jobs/{id})");
        }
        long queued = store.queued();
        if (queued >= maxQueued) {
            throw ApiProblem.conflict(queued + " calcoli di pianificazione sono già in attesa: riprovare quando uno è"
                    + " finito");
        }
    }

    public List<JobView> list() {
        return store.newestFirst().stream().map(views::of).toList();
    }

    public JobView get(String id) {
        return views.of(id);
    }

    public SseEmitter events(String id) {
        store.find(id); // 404 before opening a stream
        JobEvents.Stream stream = events.open(id);
        events.greet(stream, views.of(id));
        return stream.emitter();
    }

    /**
     * Stops a job, whichever replica runs it: a queued one never starts; a solving one ends with its best plan so
     * far (STOPPED). Returns once the job has ended.
     *
     * @throws ApiProblem 409 when the job has already ended
     */
    public JobView stop(String id) {
        PlanningJob job = store.find(id);
        if (job.getState().isFinished()) {
            throw ApiProblem.conflict("il calcolo " + id + " è già finito (" + job.getState() + ")");
        }
        if (store.cancelQueued(id)) {
            JobView stopped = views.of(id);
            events.done(id, stopped);
            return stopped;
        }
        if (!store.requestStop(id)) {
            throw ApiProblem.conflict("il calcolo " + id + " è già finito (" + store.find(id).getState() + ")");
        }
        ActiveJob live = active.get(id);
        if (live != null) {
            live.requestStop(); // runs here: no need to wait for the next read of the flag
        }
        return awaitEnd(id);
    }

    private JobView awaitEnd(String id) {
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        try {
            while (System.currentTimeMillis() < deadline) {
                JobView job = views.of(id);
                if (job.state().isFinished()) {
                    return job;
                }
                Thread.sleep(STOP_POLL_MILLIS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        LOG.warn("Job {} did not end within 2 minutes of being stopped", id);
        return views.of(id);
    }
}
