package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.planning.DayPlanningException;
import it.ccvmi.planner.api.plans.DrivenPlan;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.job.PlanningJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.ObjectMapper;

/**
 * The planning jobs of this process: at most {@code cisiamo.planning.parallel-solves} solve at once (default 1,
 * the solver uses a core), the others wait in order as QUEUED. Every job's row is kept up to date, so a restart
 * can report the jobs it interrupted. A ticker pushes progress to the event streams: on a new best score and at
 * least every second.
 */
@Service
public class PlanningJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningJobs.class);
    private static final long TICK_MILLIS = 250;
    private static final long HEARTBEAT_MILLIS = 1000;

    private final DayInputLoader loader;
    private final ReplanBasis basis;
    private final JobStore store;
    private final JobSolve solve;
    private final JobEvents events;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService solvers;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "planning-job-ticker"));
    private final Map<String, ActiveJob> active = new ConcurrentHashMap<>();
    /**
     * Ids of the QUEUED jobs, next first. Guarded by itself, and so are the row changes that put a job in or take
     * it out (create, start, cancel) and the reads of a job's row with its position: a view never finds a QUEUED
     * row whose job the executor has already taken off the queue.
     */
    private final List<String> queue = new ArrayList<>();
    private final Map<String, Long> lastPublished = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;
    private final int maxJobsPerDate;
    private final int maxQueued;

    PlanningJobs(DayInputLoader loader, ReplanBasis basis, JobStore store, JobSolve solve, JobEvents events, ObjectMapper json,
            Clock clock, @Value("${cisiamo.planning.parallel-solves:1}") int parallelSolves,
            @Value("${cisiamo.planning.max-jobs-per-date:3}") int maxJobsPerDate,
            @Value("${cisiamo.planning.max-queued:10}") int maxQueued) {
        this.maxJobsPerDate = maxJobsPerDate;
        this.maxQueued = maxQueued;
        this.loader = loader;
        this.basis = basis;
        this.store = store;
        this.solve = solve;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.solvers = Executors.newFixedThreadPool(parallelSolves, runnable -> new Thread(runnable, "planning-job"));
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
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
        String parameters = json.writeValueAsString(Map.of("vehicleIds", request.vehicleIds() == null ? "all"
                : request.vehicleIds(), "fairness", request.fairnessOrDefault()));
        return submit(request.date(), request.timeLimit(), parameters, requestedBy, () -> loader.load(request));
    }

    /**
     * Queues a re-plan of the date's published version (see {@link ReplanRequest}); its result is a new draft.
     *
     * @throws ApiProblem 409 as {@link #submit(PlanRequest, String)}, or when the date has no published version; 400
     *         naming a van or stop the published version does not have
     */
    public JobView submitReplan(LocalDate date, ReplanRequest request, String requestedBy) {
        PlanRequest plan = new PlanRequest(date, request.timeLimit(), basis.of(date, request).vehicleIds(), null);
        loader.load(plan);
        String parameters = json.writeValueAsString(Map.of("replan", request));
        // The basis is read again when the job starts, like the inputs: a version published meanwhile is the one re-planned.
        return submit(date, request.timeLimit(), parameters, requestedBy, () -> {
            ReplanBasis.Basis replan = basis.of(date, request);
            return loader.load(new PlanRequest(date, request.timeLimit(), replan.vehicleIds(), null)).replanning(replan);
        });
    }

    private JobView submit(LocalDate date, int timeLimit, String parameters, String requestedBy,
            Supplier<DayInputs> inputs) {
        ActiveJob live;
        synchronized (queue) {
            checkRoom(date);
            PlanningJob job = store.create(new PlanningJob(date, timeLimit, parameters, requestedBy, clock));
            live = new ActiveJob(job.getId(), date);
            active.put(job.getId(), live);
            queue.add(job.getId());
        }
        solvers.execute(() -> run(live, inputs, timeLimit));
        return view(live.id());
    }

    /** Call holding the queue's lock. */
    private void checkRoom(LocalDate date) {
        long sameDate = active.values().stream().filter(job -> job.date().equals(date)).count();
        if (sameDate >= maxJobsPerDate) {
            throw ApiProblem.conflict("per il " + date + " ci sono già " + sameDate + " calcoli in coda o in corso:"
                    + " attendere che uno finisca o fermarne uno (DELETE /api/v1/plans/jobs/{id})");
        }
        if (queue.size() >= maxQueued) {
            throw ApiProblem.conflict(queue.size() + " calcoli di pianificazione sono già in attesa: riprovare"
                    + " quando uno è finito");
        }
    }

    public List<JobView> list() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        synchronized (queue) {
            return store.newestFirst().stream().map(job -> view(job, now)).toList();
        }
    }

    public JobView get(String id) {
        return view(id);
    }

    public SseEmitter events(String id) {
        store.find(id); // 404 before opening a stream
        JobEvents.Stream stream = events.open(id);
        events.greet(stream, view(id));
        return stream.emitter();
    }

    /**
     * Stops a job: a queued one never starts; a solving one ends with its best plan so far (STOPPED).
     *
     * @throws ApiProblem 409 when the job has already ended
     */
    public JobView stop(String id) {
        PlanningJob job = store.find(id);
        ActiveJob live = active.get(id);
        if (job.getState().isFinished() || live == null) {
            throw ApiProblem.conflict("il calcolo " + id + " è già finito (" + job.getState() + ")");
        }
        boolean wasQueued;
        synchronized (queue) {
            wasQueued = queue.remove(id);
            if (wasQueued) {
                store.cancel(id);
            }
        }
        if (wasQueued) {
            end(live);
        } else {
            live.requestStop();
            awaitEnd(live);
        }
        return view(id);
    }

    /** Jobs running or queued in this process. */
    Set<String> activeIds() {
        return Set.copyOf(active.keySet());
    }

    private void run(ActiveJob live, Supplier<DayInputs> inputs, int timeLimit) {
        boolean taken = false;
        try {
            synchronized (queue) {
                taken = queue.remove(live.id());
                if (taken) {
                    store.start(live.id());
                }
            }
            if (!taken) {
                return; // stopped while queued: stop() has ended it
            }
            DayInputs day = inputs.get();
            DrivenPlan plan = solve.solve(live, day, timeLimit);
            if (shuttingDown) {
                store.interrupt(live.id());
            } else {
                solve.store(live, plan, day.replan() == null ? null : day.replan().version());
            }
        } catch (RuntimeException failure) {
            if (shuttingDown) {
                store.interrupt(live.id()); // the shutdown broke the solve off: not the day's fault
            } else {
                LOG.warn("Job {} failed: {}", live.id(), failure.toString(), failure);
                store.fail(live.id(), reason(failure));
            }
        } finally {
            if (taken) {
                end(live);
            }
        }
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

    private void end(ActiveJob live) {
        active.remove(live.id());
        lastPublished.remove(live.id());
        events.done(live.id(), view(live.id()));
        live.end();
    }

    private void awaitEnd(ActiveJob live) {
        try {
            live.ended().get(2, TimeUnit.MINUTES);
        } catch (TimeoutException | ExecutionException slow) {
            LOG.warn("Job {} did not end within 2 minutes of being stopped", live.id());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Enforces stops, keeps the best score in the database about every second and feeds the event streams. */
    private void tick() {
        long now = System.currentTimeMillis();
        for (ActiveJob live : active.values()) {
            try {
                live.enforceStop();
                boolean improved = live.takeUnpublished();
                Long last = lastPublished.get(live.id());
                if (last != null && !improved && now - last < HEARTBEAT_MILLIS) {
                    continue;
                }
                lastPublished.put(live.id(), now);
                if (improved && live.bestScore() != null) {
                    store.improve(live.id(), live.bestScore().toString(), live.bestScore().isFeasible());
                }
                if (events.isWatched(live.id())) {
                    events.progress(live.id(), view(live.id()));
                }
            } catch (RuntimeException failure) {
                LOG.warn("Progress of job {} not published: {}", live.id(), failure.toString());
            }
        }
    }

    private JobView view(String id) {
        synchronized (queue) {
            return view(store.find(id), OffsetDateTime.now(clock));
        }
    }

    /** Call holding the queue's lock, with the row read under it. */
    private JobView view(PlanningJob job, OffsetDateTime now) {
        int index = queue.indexOf(job.getId());
        return JobView.of(job, active.get(job.getId()), index < 0 ? null : index + 1, now);
    }

    @Override
    public void destroy() throws InterruptedException {
        shuttingDown = true;
        ticker.shutdownNow();
        solvers.shutdownNow();
        active.values().forEach(ActiveJob::requestStop);
        solvers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
