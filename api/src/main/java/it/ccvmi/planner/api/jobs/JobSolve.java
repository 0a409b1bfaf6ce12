package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.planning.DayPlan;
import it.ccvmi.planner.api.planning.DayPlanner;
import it.ccvmi.planner.api.planning.PreparedDay;
import it.ccvmi.planner.api.plans.DrivenPlan;
import it.ccvmi.planner.api.plans.PlanWriter;
import it.ccvmi.planner.data.job.JobState;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.RoutingSolverConfig;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import java.time.Duration;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
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

    /** Solves the day within the time limit (construction always completes) and drives the routes. */
    DrivenPlan solve(ActiveJob job, DayInputs inputs, int timeLimitSeconds) {
        SolveLimits limits = SolveLimits.spent(Duration.ofSeconds(timeLimitSeconds));
        PreparedDay prepared = new DayPlanner(inputs.territory(), inputs.catalogue(), router, limits)
                .prepare(inputs.day(), inputs.fairness());
        // OptaPlanner 10.2's SolverManager has no per-job config override (SolverConfigOverride is Timefold's), so
        // each job builds its own Solver with its time limit and PlanningJobs' bounded executor is the queue.
        Solver<RoutingPlan> solver = SolverFactory.<RoutingPlan>create(searchLimited(limits, prepared.problem())).buildSolver();
        solver.addEventListener(event -> job.improved(event.getNewBestSolution().getScore()));
        job.solving(solver);
        long started = System.nanoTime();
        RoutingPlan solved = solver.solve(prepared.problem());
        DayPlan plan = DayPlanner.finish(prepared, solved, Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Job {} ({}): {} after {} ms of solving; first feasible {} ms after submission", job.id(),
                prepared.date(), solved.getScore(), plan.timings().solve().toMillis(), job.millisToFirstFeasible());
        return writer.drive(plan, inputs.catalogue());
    }

    /**
     * The routing configuration with the time limit moved from the solver to the local search: the construction
     * always places every delivery it can (a few seconds for an emergency day on a cold JVM), then the search
     * improves the plan for the job's time limit. Only a stop can cut the construction short.
     */
    private static SolverConfig searchLimited(SolveLimits limits, RoutingPlan problem) {
        SolverConfig config = RoutingSolverConfig.build(limits, problem);
        TerminationConfig limit = config.getTerminationConfig();
        config.setTerminationConfig(new TerminationConfig());
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig) {
                phase.setTerminationConfig(limit);
            }
        }
        return config;
    }

    /** Stores the plan and ends the job DONE, or STOPPED when a planner stopped it. */
    void store(ActiveJob job, DrivenPlan plan) {
        long started = System.nanoTime();
        store.finish(job.id(), job.stopRequested() ? JobState.STOPPED : JobState.DONE, plan);
        LOG.info("Job {}: plan stored in {} ms ({} routes, {} allocations)", job.id(),
                (System.nanoTime() - started) / 1_000_000, plan.routes().size(), plan.plan().allocations().size());
    }
}
