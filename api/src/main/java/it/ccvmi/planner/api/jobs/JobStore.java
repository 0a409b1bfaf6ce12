package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.plans.DrivenPlan;
import it.ccvmi.planner.api.plans.PlanWriter;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.job.JobState;
import it.ccvmi.planner.data.job.PlanningJob;
import it.ccvmi.planner.data.job.PlanningJobRepository;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs' rows: each state change in its own short transaction. The replicas share them: a change that races
 * another replica's (start against stop, two ends) is a conditional update or happens under the row's lock.
 */
@Component
class JobStore {

    private static final List<JobState> UNFINISHED = List.of(JobState.QUEUED, JobState.SOLVING);

    private final PlanningJobRepository jobs;
    private final PlanWriter writer;
    private final RouteStopRepository stops;
    private final Clock clock;

    JobStore(PlanningJobRepository jobs, PlanWriter writer, RouteStopRepository stops, Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.stops = stops;
        this.clock = clock;
    }

    /** Saves the job and hands it to the job engine in the same transaction: no replica sees one without the other. */
    @Transactional
    PlanningJob create(PlanningJob job, Consumer<String> schedule) {
        PlanningJob saved = jobs.save(job);
        jobs.flush();
        schedule.accept(saved.getId());
        return saved;
    }

    /** @throws ApiProblem 404 for an unknown id */
    @Transactional(readOnly = true)
    PlanningJob find(String id) {
        return jobs.findWithVersion(id)
                .orElseThrow(() -> ApiProblem.notFound("nessun calcolo di pianificazione con id " + id));
    }

    @Transactional(readOnly = true)
    Optional<PlanningJob> findIfAny(String id) {
        return jobs.findWithVersion(id);
    }

    @Transactional(readOnly = true)
    List<PlanningJob> newestFirst() {
        return jobs.findAllNewestFirst();
    }

    @Transactional(readOnly = true)
    long unfinishedOn(LocalDate date) {
        return jobs.countByDeliveryDateAndStateIn(date, UNFINISHED);
    }

    @Transactional(readOnly = true)
    long queued() {
        return jobs.countByState(JobState.QUEUED);
    }

    /** 1 for the next job to start, in the order all replicas take them. */
    @Transactional(readOnly = true)
    int queuePosition(PlanningJob job) {
        return (int) jobs.countByStateAndQueuedAtBefore(JobState.QUEUED, job.getQueuedAt()) + 1;
    }

    /** Takes a queued job into SOLVING; false when it was stopped meanwhile. */
    @Transactional
    boolean start(String id) {
        return jobs.start(id, OffsetDateTime.now(clock)) == 1;
    }

    /** Stops a queued job; false when it has started or ended. */
    @Transactional
    boolean cancelQueued(String id) {
        return jobs.cancelQueued(id, OffsetDateTime.now(clock)) == 1;
    }

    /** Raises the stop flag of a solving job; false when it is not solving. */
    @Transactional
    boolean requestStop(String id) {
        return jobs.requestStop(id) == 1;
    }

    @Transactional(readOnly = true)
    boolean stopRequested(String id) {
        return jobs.isStopRequested(id);
    }

    @Transactional
    void improve(String id, String score, boolean feasible) {
        jobs.recordBestScore(id, score, feasible);
    }

    @Transactional
    void checkpoint(String id, String routes, String score) {
        jobs.recordCheckpoint(id, routes, score);
    }

    @Transactional
    void resumed(String id) {
        jobs.recordResume(id);
    }

    /** Ends the job FAILED unless it has ended meanwhile (a replica thought dead finished it). */
    @Transactional
    void fail(String id, String error) {
        changeIf(id, job -> !job.getState().isFinished(), job -> job.fail(error, clock));
    }

    /**
     * Stores the plan (a re-plan from {@code replan} when not null) and ends the job with it, in one transaction under
     * the job row's lock; false, storing nothing, when the job has ended meanwhile.
     */
    @Transactional
    boolean finish(String id, JobState outcome, DrivenPlan plan, ReplanBasis.Basis replan) {
        PlanningJob job = jobs.findLockedById(id).orElseThrow();
        if (job.getState().isFinished()) {
            return false;
        }
        job.improve(plan.plan().routes().getScore().toString(), plan.plan().feasibility().feasible());
        PlanVersion version = writer.write(plan);
        if (replan != null) {
            version.replans(replan.version());
            linkKeptStops(version, replan.keptStops());
        }
        job.finish(outcome, version, clock);
        return true;
    }

    /**
     * Links the first stops of each re-planned route to the published stops its van keeps: the re-plan pinned them
     * at the head of the van's list, in order, so they are the same visits (checked: same site, same kind).
     */
    private void linkKeptStops(PlanVersion version, Map<Long, List<Long>> keptStops) {
        for (Route route : version.getRoutes()) {
            List<Long> kept = keptStops.getOrDefault(route.getVehicle().getId(), List.of());
            Map<Long, RouteStop> earlier = new HashMap<>();
            stops.findAllById(kept).forEach(stop -> earlier.put(stop.getId(), stop));
            List<RouteStop> now = route.getStops();
            for (int index = 0; index < kept.size() && index < now.size(); index++) {
                now.get(index).keeps(earlier.get(kept.get(index)));
            }
        }
    }

    /** Marks interrupted the unfinished jobs the job engine does not hold (left by a version without it); returns how many. */
    @Transactional
    int interruptOrphans(Predicate<String> scheduled) {
        List<PlanningJob> orphans = jobs.findByStateIn(UNFINISHED).stream()
                .filter(job -> !scheduled.test(job.getId())).toList();
        orphans.forEach(job -> job.interrupt(clock));
        return orphans.size();
    }

    private void changeIf(String id, Predicate<PlanningJob> when, Consumer<PlanningJob> change) {
        PlanningJob job = jobs.findLockedById(id).orElseThrow();
        if (when.test(job)) {
            change.accept(job);
        }
    }
}
