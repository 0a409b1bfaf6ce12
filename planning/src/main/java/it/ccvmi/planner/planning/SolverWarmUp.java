package it.ccvmi.planner.planning;

import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;
import it.ccvmi.planner.solver.routing.solve.SolveRun;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Plans a generated day once, briefly, so that the JIT compiler has compiled the pipeline and the search before a
 * planner's first job: on a fresh JVM the emergency day's first plan took 0.30 s and a 10 s solve tried 245 000
 * candidates; after this warm-up (about 3 s) 0.02 s and 295 000 (README, *Results*, "A warm solver from the start").
 * The day is the same on every machine (fixed date and seed); nothing of it is kept.
 */
public final class SolverWarmUp {

    /** A Wednesday: COCs and RSA receive with their usual lunch breaks, as on most planned days. */
    private static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    private static final long SEED = 7;
    /** Candidates of the search on plain lists: 20 000 reached full speed, the 10 s solve after it as fast as later. */
    private static final long CANDIDATES = 20_000;

    private final ReferenceDays days;
    private final Router router;
    private volatile SolveRun run;
    private volatile boolean stopped;

    public SolverWarmUp(ReferenceDays days, Router router) {
        this.days = days;
        this.router = router;
    }

    /** What the warm-up planned: its visits, the score it reached, whether the independent check passed, its time. */
    public record Result(int visits, HardMediumSoftLongScore score, boolean feasible, Duration took) {
    }

    /**
     * Plans the generated day as a job does (fair split, orders, travel matrix, solve, check and explanations); returns
     * when done or stopped; empty when stopped before it solved.
     */
    public Optional<Result> run() {
        long started = System.nanoTime();
        PreparedDay prepared = new DayPlanner(days.territory(), days.catalogue(), router)
                .prepare(days.generate(DATE, SEED, DaySize.LARGE), FairnessOptions.STANDARD);
        run = new RoutingSolver(SolveLimits.scoreCalculations(CANDIDATES)).run(prepared.problem(), best -> { });
        if (stopped) {
            return Optional.empty();
        }
        long solveStarted = System.nanoTime();
        RoutingPlan solved = run.solve();
        DayPlan plan = DayPlanner.finish(prepared, solved, Duration.ofNanos(System.nanoTime() - solveStarted));
        return Optional.of(new Result(solved.getVisits().size(), solved.getScore(), plan.feasibility().feasible(),
                Duration.ofNanos(System.nanoTime() - started)));
    }

    /**
     * Ends the solve at its next step (the service shutting down); a run not yet solving does not solve. A stop in the
     * instant the solve starts is lost (see {@link SolveRun#stop}): the warm-up then runs its few seconds.
     */
    public void stop() {
        stopped = true;
        SolveRun current = run;
        if (current != null) {
            current.stop();
        }
    }
}
