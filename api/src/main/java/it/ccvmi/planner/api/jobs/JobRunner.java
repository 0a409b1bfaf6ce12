package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.plans.DrivenPlan;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.job.JobState;
import it.ccvmi.planner.data.job.PlanningJob;
import it.ccvmi.planner.planning.DayPlanningException;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the jobs the job engine hands this replica ({@link JobEngine}): a queued job starts, a job found SOLVING was
 * left by a replica that stopped, and goes on from its checkpoint. A ticker keeps each running job's row up to date
 * (best score on every improvement, checkpoint at most every {@value #CHECKPOINT_MILLIS} ms, the stop flag read
 * every second) and feeds the event streams of this replica, those of jobs that run elsewhere from their rows.
 */
@Component
class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final long TICK_MILLIS = 250;
    private static final long HEARTBEAT_MILLIS = 1000;
    private static final long CHECKPOINT_MILLIS = 2000;
    /** The least time a resumed solve gets, even when the job's time limit has already passed. */
    private static final int MIN_RESUMED_SECONDS = 5;
    private static final TypeReference<Map<String, List<String>>> ROUTES = new TypeReference<>() { };

    private final DayInputLoader loader;
    private final ReplanBasis basis;
    private final JobStore store;
    private final JobSolve solve;
    private final JobEvents events;
    private final JobViews views;
    private final ActiveJobs active;
    private final ObjectMapper json;
    private final Clock clock;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "planning-job-ticker"));
    private final Map<String, Long> lastPublished = new ConcurrentHashMap<>();
    private final Map<String, Long> lastCheckpoint = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    JobRunner(DayInputLoader loader, ReplanBasis basis, JobStore store, JobSolve solve, JobEvents events,
            JobViews views, ActiveJobs active, ObjectMapper json, Clock clock) {
        this.loader = loader;
        this.basis = basis;
        this.store = store;
        this.solve = solve;
        this.events = events;
        this.views = views;
        this.active = active;
        this.json = json;
        this.clock = clock;
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs the job to its end. Returns normally when the job has ended (or had ended already); throws
     * {@link Interrupted} when this replica is shutting down, so that the job engine hands the job on.
     */
    void run(String id) {
        PlanningJob job = store.findIfAny(id).orElse(null);
        if (job == null) {
            return; // its row is gone: nothing to plan
        }
        boolean resumed = job.getState() == JobState.SOLVING;
        if (job.getState().isFinished() || !resumed && !store.start(id)) {
            return; // stopped while queued, or already ended
        }
        if (resumed) {
            store.resumed(id);
            LOG.warn("Job {}: taken over from a replica that stopped solving it, from its checkpoint ({})", id,
                    job.getCheckpointScore());
        }
        ActiveJob live = new ActiveJob(id, job.getDeliveryDate());
        active.add(live);
        try {
            JobParameters parameters = json.readValue(job.getParametersJson(), JobParameters.class);
            DayInputs day = inputs(job, parameters);
            DrivenPlan plan = solve.solve(live, day, resumed ? remainingSeconds(job) : job.getTimeLimitSeconds(),
                    resumed ? checkpoint(job) : null);
            if (shuttingDown) {
                throw new Interrupted();
            }
            solve.store(live, plan, day.replan());
        } catch (Interrupted interrupted) {
            throw interrupted;
        } catch (RuntimeException failure) {
            if (shuttingDown) {
                throw new Interrupted(); // the shutdown broke the solve off: not the day's fault
            }
            LOG.warn("Job {} failed: {}", id, failure.toString(), failure);
            store.fail(id, reason(failure));
        } finally {
            active.remove(id);
            lastPublished.remove(id);
            lastCheckpoint.remove(id);
        }
        events.done(id, views.of(id));
    }

    /** The inputs as the database has them now; a re-plan reads the published version now too. */
    private DayInputs inputs(PlanningJob job, JobParameters parameters) {
        if (parameters.replan() == null) {
            return loader.load(parameters.plan());
        }
        ReplanRequest request = parameters.replan();
        ReplanBasis.Basis replan = basis.of(job.getDeliveryDate(), request);
        return loader.load(new PlanRequest(job.getDeliveryDate(), request.timeLimit(), replan.vehicleIds(), null))
                .replanning(replan);
    }

    /** What is left of the time limit since the job first started (the elapsed time goes on across replicas). */
    private int remainingSeconds(PlanningJob job) {
        long spent = Duration.between(job.getStartedAt(), OffsetDateTime.now(clock)).toSeconds();
        return (int) Math.max(MIN_RESUMED_SECONDS, job.getTimeLimitSeconds() - spent);
    }

    private Map<String, List<String>> checkpoint(PlanningJob job) {
        return job.getCheckpointJson() == null ? null : json.readValue(job.getCheckpointJson(), ROUTES);
    }

    /**
     * What the job's {@code error} tells its reader: the day's own problem (no van can work, a site off the
     * roads, no requests left), never the text of a database or programming error, which stays in the log.
     */
    private static String reason(RuntimeException failure) {
        if (failure instanceof ApiProblem problem) {
            return problem.getBody().getDetail();
        }
        if ((failure instanceof DayPlanningException || failure instanceof IllegalArgumentException)
                && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return "la pianificazione è fallita per un errore imprevisto; i dettagli sono nel log del servizio";
    }

    /** Stops this replica's solves without ending their jobs: the job engine hands them to another replica. */
    void shutDown() {
        shuttingDown = true;
        ticker.shutdownNow();
        active.all().forEach(ActiveJob::requestStop);
    }

    private void tick() {
        long now = System.currentTimeMillis();
        for (ActiveJob live : active.all()) {
            try {
                tick(live, now);
            } catch (RuntimeException failure) {
                LOG.warn("Progress of job {} not kept: {}", live.id(), failure.toString());
            }
        }
        events.watched().stream().filter(id -> active.get(id) == null).forEach(id -> relay(id, now));
    }

    private void tick(ActiveJob live, long now) {
        live.enforceStop();
        boolean improved = live.takeUnpublished();
        Long last = lastPublished.get(live.id());
        if (last != null && !improved && now - last < HEARTBEAT_MILLIS) {
            return;
        }
        lastPublished.put(live.id(), now);
        if (!live.stopRequested() && store.stopRequested(live.id())) {
            live.requestStop(); // asked on another replica
        }
        if (improved && live.bestScore() != null) {
            store.improve(live.id(), live.bestScore().toString(), live.bestScore().isFeasible());
        }
        if (now - lastCheckpoint.getOrDefault(live.id(), 0L) >= CHECKPOINT_MILLIS) {
            RoutingPlan best = live.takeUncheckpointed();
            if (best != null) {
                lastCheckpoint.put(live.id(), now);
                store.checkpoint(live.id(), json.writeValueAsString(best.visitOrder()), best.getScore().toString());
            }
        }
        if (events.isWatched(live.id())) {
            events.progress(live.id(), views.of(live.id()));
        }
    }

    /** A stream of a job that another replica runs (or that waits): its row, every second. */
    private void relay(String id, long now) {
        Long last = lastPublished.get(id);
        if (last != null && now - last < HEARTBEAT_MILLIS) {
            return;
        }
        lastPublished.put(id, now);
        try {
            JobView job = views.of(id);
            if (job.state().isFinished()) {
                lastPublished.remove(id);
                events.done(id, job);
            } else {
                events.progress(id, job);
            }
        } catch (RuntimeException failure) {
            LOG.warn("Progress of job {} not relayed: {}", id, failure.toString());
        }
    }

    /** This replica is shutting down: the job must go on elsewhere. */
    static final class Interrupted extends RuntimeException {

        Interrupted() {
            super("the replica is shutting down", null, false, false);
        }
    }
}
