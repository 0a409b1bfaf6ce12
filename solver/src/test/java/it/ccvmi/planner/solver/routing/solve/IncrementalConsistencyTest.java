package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.MilanDay;
import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * FULL_ASSERT recomputes the score from scratch after every move and undo and compares it with the
 * incremental one: catches a wrong arrival-time listener, a ruin-and-recreate move whose undo does not
 * restore the routes, or a constraint that reads stale shadow variables.
 */
class IncrementalConsistencyTest {

    @Test
    void incrementalScoreMatchesFromScratchScoreOnEveryMove() throws Exception {
        // A small day keeps FULL_ASSERT (quadratic) quick: every comune, 8 vans, 10 RSA; multiple windows per site.
        RoutingPlan day = MilanDay.generate(MilanDay.dataDir(), 3, 8, 10);
        var config = RoutingSolverConfig.build(SolveLimits.steps(150), day).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        RoutingPlan solved = SolverFactory.<RoutingPlan>create(config).buildSolver().solve(day);
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    }

    @Test
    void incrementalScoreMatchesWithDepotReturns() throws Exception {
        // Few vans for the day, so that ruin-and-recreate starts new trips and the trip numbers shift.
        RoutingPlan generated = MilanDay.generate(MilanDay.dataDir(), 3, 3, 10);
        List<Visit> visits = new ArrayList<>(generated.getVisits());
        visits.addAll(MultiTrip.DEFAULT.reloads(generated.getRealVans()));
        RoutingPlan day = new RoutingPlan(generated.getRealVans(), visits, generated.getWeights());
        var config = RoutingSolverConfig.build(SolveLimits.steps(150), day).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        RoutingPlan solved = SolverFactory.<RoutingPlan>create(config).buildSolver().solve(day);
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    }
}
