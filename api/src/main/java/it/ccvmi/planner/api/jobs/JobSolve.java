package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.plans.DrivenPlan;
import it.ccvmi.planner.api.plans.PlanWriter;
import it.ccvmi.planner.data.job.JobState;
import it.ccvmi.planner.planning.DayPlan;
import it.ccvmi.planner.planning.DayPlanner;
import it.ccvmi.planner.planning.PreparedDay;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import it.ccvmi.planner.solver.routing.solve.SolveRun;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plans one job's day: prepare (fair split, orders, travel matrix), solve to the job's time limit while reporting
 * every new best score, check and explain, add the road geometry, store the version.
 */
@Component
class JobSolve {

    private static final Logger LOG = LoggerFactory.getLogger(JobSolve.class);

    private final Router router;
    private final PlanWriter writer;
    private final JobStore store;

    JobSolve(Router router, PlanWriter writer, JobStore store) {
        this.router = router;
        this.writer = writer;
        this.store = store;
    }

    /**
     * Solves the day within the time limit (construction always completes) and drives the routes.
     *
     * @param checkpoint the best routes of an earlier solve of this job (visit ids per van id) to go on from, or null
     */
    DrivenPlan solve(ActiveJob job, DayInputs inputs, int timeLimitSeconds, Map<String, List<String>> checkpoint) {
        PreparedDay prepared = new DayPlanner(inputs.territory(), inputs.catalogue(), router)
                .prepare(inputs.day(), inputs.fairness(), inputs.replan() == null ? null : inputs.replan().replan());
        if (checkpoint != null) {
            prepared.problem().startFrom(checkpoint);
        }
        // Each job has its own solve with its time limit; the job engine's threads (JobEngine) are the queue.
        SolveRun run = new RoutingSolver(SolveLimits.spent(Duration.ofSeconds(timeLimitSeconds)))
                .run(prepared.problem(), job::improved);
        job.solving(run);
        long started = System.nanoTime();
        RoutingPlan solved = run.solve();
        DayPlan plan = DayPlanner.finish(prepared, solved, Duration.ofNanos(System.nanoTime() - started))
                .withUnusedFirst(inputs.offToday());
        LOG.info("Job {} ({}): {} after {} ms of solving; first feasible {} ms after submission", job.id(),
                prepared.date(), solved.getScore(), plan.timings().solve().toMillis(), job.millisToFirstFeasible());
        return writer.drive(plan, inputs.catalogue());
    }

    /**
     * Stores the plan (a re-plan from {@code replan} when not null) and ends the job DONE, or STOPPED when a planner
     * stopped it.
     */
    void store(ActiveJob job, DrivenPlan plan, ReplanBasis.Basis replan) {
        long started = System.nanoTime();
        if (!store.finish(job.id(), job.stopRequested() ? JobState.STOPPED : JobState.DONE, plan, replan)) {
            LOG.warn("Job {}: ended meanwhile on another replica; this plan is not stored", job.id());
            return;
        }
        LOG.info("Job {}: plan stored in {} ms ({} routes, {} allocations)", job.id(),
                (System.nanoTime() - started) / 1_000_000, plan.routes().size(), plan.plan().allocations().size());
    }
}
