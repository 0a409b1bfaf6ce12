package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import it.ccvmi.planner.solver.routing.MilanDay;
import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The search on plain lists judges candidates by {@link PlainListScorer} and hands its best to OptaPlanner: the two
 * scores must agree, on solved Milan days and on plans that break every rule (so each term is checked, hard ones
 * included).
 */
class PlainListScorerTest {

    private final SolutionManager<RoutingPlan, HardMediumSoftLongScore> scoring =
            SolutionManager.create(SolverFactory.<RoutingPlan>create(RoutingSolverConfig.scoring()));

    @Test
    void equalsTheConstraintScoreOfASolvedMilanDayWithDepotReturns() throws Exception {
        RoutingPlan solved = new RoutingSolver(SolveLimits.steps(300)).solve(milanDayWithDepotReturns());

        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(new PlainListScorer(solved.getWeights()).score(routes(solved))).isEqualTo(solved.getScore());
    }

    @Test
    void equalsTheConstraintScoreOfPlansBreakingEveryRule() throws Exception {
        Set<String> allConstraints = new HashSet<>();
        Set<String> brokenConstraints = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            RoutingPlan day = dealtAtRandom(milanDayWithDepotReturns(), seed);

            assertThat(new PlainListScorer(day.getWeights()).score(routes(day))).as("seed %d", seed).isEqualTo(day.getScore());
            var totals = scoring.explain(day).getConstraintMatchTotalMap().values();
            totals.forEach(total -> allConstraints.add(total.getConstraintName()));
            totals.stream()
                    .filter(total -> !total.getScore().isZero())
                    .map(ConstraintMatchTotal::getConstraintName)
                    .forEach(brokenConstraints::add);
        }
        assertThat(brokenConstraints).as("every term was exercised").isEqualTo(allConstraints).hasSize(10);
    }

    /** Few vans, so that trips fill up and depot returns are used. */
    static RoutingPlan milanDayWithDepotReturns() throws Exception {
        RoutingPlan generated = MilanDay.generate(MilanDay.dataDir(), 3, 3, 10);
        List<Visit> visits = new ArrayList<>(generated.getVisits());
        visits.addAll(MultiTrip.DEFAULT.reloads(generated.getRealVans()));
        return new RoutingPlan(generated.getRealVans(), visits, generated.getWeights());
    }

    /**
     * Every visit, depot returns included, onto a random list (the postponed one too) in a random order, placed through
     * OptaPlanner's score director so that its shadow variables and score are its own.
     */
    private static RoutingPlan dealtAtRandom(RoutingPlan unplaced, long seed) {
        CustomPhaseCommand<RoutingPlan> deal = scoreDirector -> {
            RoutingPlan plan = scoreDirector.getWorkingSolution();
            Random random = new Random(seed);
            List<Visit> visits = new ArrayList<>(plan.getVisits());
            Collections.shuffle(visits, random);
            List<Van> lists = plan.getVans();
            Map<Van, List<Visit>> routes = new LinkedHashMap<>();
            lists.forEach(van -> routes.put(van, new ArrayList<>()));
            visits.forEach(visit -> routes.get(lists.get(random.nextInt(lists.size()))).add(visit));
            routes.forEach((van, route) -> InsertionConstruction.apply(scoreDirector, van, route, Set.copyOf(visits)));
        };
        SolverConfig config = RoutingSolverConfig.scoring().withPhases(new CustomPhaseConfig().withCustomPhaseCommands(deal));
        return SolverFactory.<RoutingPlan>create(config).buildSolver().solve(unplaced);
    }

    private static Map<Van, List<Visit>> routes(RoutingPlan plan) {
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        plan.getVans().forEach(van -> routes.put(van, new ArrayList<>(van.getVisits())));
        return routes;
    }
}
