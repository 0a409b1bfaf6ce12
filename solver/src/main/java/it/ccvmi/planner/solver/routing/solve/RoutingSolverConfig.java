package it.ccvmi.planner.solver.routing.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.constraints.RoutingConstraints;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The one solver configuration for every routing problem — the Milan day and the CVRPLIB/Solomon
 * benchmarks alike: Bavet constraint streams, cheapest-insertion construction, then local search over moves
 * restricted to nearby stops plus ruin-and-recreate. The limits of {@link SolveLimits} are the search's: the
 * construction always completes (every delivery that fits is placed, tens of milliseconds for an emergency day),
 * then the search improves the plan within the limits (except on re-plans, the search on plain lists first, see
 * {@link #plainListSearch}).
 *
 * <p>Why simulated annealing (for plans with times, see {@link #acceptor}): late acceptance converges to hill
 * climbing once its history has caught up with the best score, after which nothing changes however long the search
 * runs (measured: identical costs at 5 s and 30 s on long-horizon Solomon instances). The annealing temperature
 * instead falls with the share of the local search's budget spent (time, steps or the unimproved-time limit), so a
 * longer budget is a slower, deeper cooling. The temperature is set from the problem (see
 * {@link #startingTemperature}), hence the plan as an argument.
 */
public final class RoutingSolverConfig {

    static final int MAX_SUBLIST_SIZE = 8;

    private RoutingSolverConfig() {
    }

    public static SolverConfig build(SolveLimits limits, RoutingPlan problem) {
        return build(limits, SearchTuning.DEFAULT, problem);
    }

    public static SolverConfig build(SolveLimits limits, SearchTuning tuning, RoutingPlan problem) {
        SolverConfig config = scoring().withRandomSeed(limits.randomSeed());
        RuinAndRecreateSearch plainListSearch = plainListSearch(limits, tuning, problem);
        if (!problem.hasFreedom()) {
            // Nothing can move (a re-plan pinned every visit or took every van out): the filtered moves would never
            // find one, so the construction alone places what is left.
            config.withPhases(construction());
        } else if (plainListSearch != null) {
            config.withPhases(construction(), new CustomPhaseConfig().withCustomPhaseCommands(plainListSearch.slices())
                            .withTerminationConfig(stopBetweenSlices(limits)),
                    localSearch(polishLimits(limits), tuning, problem));
        } else {
            config.withPhases(construction(), localSearch(limits, tuning, problem));
        }
        if (limits.moveThreadCount() > 0) {
            config.withMoveThreadCount(Integer.toString(limits.moveThreadCount()));
        }
        return config;
    }

    /** The model and its constraints without any search: enough to score and explain a plan. */
    public static SolverConfig scoring() {
        return new SolverConfig()
                .withSolutionClass(RoutingPlan.class)
                .withEntityClasses(Van.class, Visit.class)
                .withConstraintProviderClass(RoutingConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE);
    }

    /** Every limit: those that stop the search between slices, and the budget (time, steps, calculations). */
    private static TerminationConfig termination(SolveLimits limits) {
        TerminationConfig termination = stopBetweenSlices(limits);
        if (limits.spentLimit() != null) {
            termination.withSpentLimit(limits.spentLimit());
        }
        if (limits.stepCountLimit() != null) {
            termination.withStepCountLimit(limits.stepCountLimit());
        }
        if (limits.scoreCalculationLimit() != null) {
            termination.withScoreCalculationCountLimit(limits.scoreCalculationLimit());
        }
        return termination;
    }

    /**
     * The limits that also stop {@link RuinAndRecreateSearch} between two of its slices: a best score reached (e.g.
     * the first plan without hard breaks) or too long without a better plan. Its own budget ends it otherwise.
     */
    private static TerminationConfig stopBetweenSlices(SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig();
        if (limits.bestScoreLimit() != null) {
            termination.withBestScoreLimit(limits.bestScoreLimit());
        }
        if (limits.unimprovedSpentLimit() != null) {
            termination.withUnimprovedSpentLimit(limits.unimprovedSpentLimit());
        }
        return termination;
    }

    /** Cheapest feasible insertion of the unplaced visits, outside the score director: see {@link InsertionConstruction}. */
    private static CustomPhaseConfig construction() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(InsertionConstruction.class));
    }

    /**
     * The share of a wall-clock budget that {@link RuinAndRecreateSearch} gets; the local search polishes its best
     * plan in the rest.
     */
    static final double PLAIN_LIST_SHARE = 0.9;

    /**
     * {@link RuinAndRecreateSearch} for this problem and budget: one candidate plan per step or per score
     * calculation (deterministic; a time limit beside them is then only a safety net), else a share of the time.
     * Null when it does not apply (a re-plan: visits pinned or vans out of service),
     * when only an unimproved-time or score limit is set, or when the budget is zero steps (the construction alone).
     */
    private static RuinAndRecreateSearch plainListSearch(SolveLimits limits, SearchTuning tuning, RoutingPlan problem) {
        if (problem.isConstrained()) {
            return null;
        }
        Long candidates = limits.stepCountLimit() != null ? Long.valueOf(limits.stepCountLimit()) : limits.scoreCalculationLimit();
        double temperature = tuning.plainListTemperatureFor(problem.getWeights());
        if (candidates != null) {
            return candidates == 0 ? null : new RuinAndRecreateSearch(null, candidates, temperature, limits.randomSeed());
        }
        return limits.spentLimit() == null ? null
                : new RuinAndRecreateSearch(share(limits.spentLimit(), PLAIN_LIST_SHARE), 0, temperature,
                        limits.randomSeed());
    }

    private static Duration share(Duration whole, double share) {
        return Duration.ofNanos(Math.round(whole.toNanos() * share));
    }

    /**
     * The local search's limits after {@link RuinAndRecreateSearch}: the rest of the time when the search had a share
     * of it; step and calculation limits (which then also bounded the search) unchanged.
     */
    private static SolveLimits polishLimits(SolveLimits limits) {
        if (limits.spentLimit() == null || limits.stepCountLimit() != null || limits.scoreCalculationLimit() != null) {
            return limits;
        }
        return new SolveLimits(share(limits.spentLimit(), 1 - PLAIN_LIST_SHARE), limits.unimprovedSpentLimit(),
                limits.bestScoreLimit(), limits.stepCountLimit(), limits.scoreCalculationLimit(), limits.moveThreadCount(),
                limits.randomSeed());
    }

    /** The move selector with {@link PinnedPrefixFilter} when the problem pins visits or has vans out of service. */
    private static <M extends MoveSelectorConfig<M>> M pinned(M moves, RoutingPlan problem) {
        return problem.isConstrained() ? moves.withFilterClass(PinnedPrefixFilter.class) : moves;
    }

    private static LocalSearchPhaseConfig localSearch(SolveLimits limits, SearchTuning tuning, RoutingPlan problem) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(pinned(nearbyChange(tuning.nearbySize()), problem).withFixedProbabilityWeight(1.0));
        moves.add(pinned(nearbySwap(tuning.nearbySize()), problem).withFixedProbabilityWeight(1.0));
        moves.add(pinned(nearbySubListChange(tuning.nearbySize()), problem).withFixedProbabilityWeight(1.0));
        // No KOptListMove: 10.2's has no nearby selection (random k-opt barely ever improves; measured worse on
        // the X set) and its undo move breaks under move threads. Reversing sub-list changes cover 2-opt.
        if (tuning.ruinAndRecreateWeight() > 0) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class)
                    .withFixedProbabilityWeight(tuning.ruinAndRecreateWeight()));
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(acceptor(tuning, problem))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(termination(limits));
    }

    /**
     * Annealing for plans with times (every Milan day, VRPTW), where late acceptance stalls; late acceptance for
     * plans without (CVRP), where it measured better: 0.66 % against 0.85 % average gap on the X set at the same
     * budget, and the annealing did not catch up with four times the budget.
     */
    private static LocalSearchAcceptorConfig acceptor(SearchTuning tuning, RoutingPlan problem) {
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
        return problem.getPostponedList().isTimed()
                ? acceptor.withSimulatedAnnealingStartingTemperature(startingTemperature(problem, tuning))
                : acceptor.withLateAcceptanceSize(tuning.lateAcceptanceSize());
    }

    /**
     * The annealing's starting temperature: soft points only (a worse hard or medium score, i.e. a broken rule
     * or one more postponed delivery, is never accepted), {@link SearchTuning#temperature()} times the mean
     * driving from a visit to the nearest visit at another place (a Milan site often gets several deliveries:
     * zero hops between them would chill the search). A worsening of one such hop is first accepted with
     * probability e^(-1/temperature), whatever the unit (seconds on the road, tenths of a Solomon distance).
     */
    static String startingTemperature(RoutingPlan problem, SearchTuning tuning) {
        // At least one soft point: OptaPlanner needs a positive temperature even for a one-visit or co-located plan.
        long soft = Math.max(1, Math.round(tuning.temperature() * meanNearestHopSeconds(problem)));
        return "0hard/0medium/" + soft + "soft";
    }

    /** The mean driving from a visit to the nearest visit at another place (0 when there is none). */
    static double meanNearestHopSeconds(RoutingPlan problem) {
        // Depot returns are not places to deliver to: they would make the depot everyone's nearest neighbour.
        List<Visit> visits = problem.getVisits().stream().filter(visit -> !visit.isReload()).toList();
        long total = 0;
        for (Visit visit : visits) {
            long nearest = Long.MAX_VALUE;
            for (Visit other : visits) {
                if (other.getLocation().index() != visit.getLocation().index()) {
                    nearest = Math.min(nearest, visit.getLocation().secondsTo(other.getLocation()));
                }
            }
            total += nearest == Long.MAX_VALUE ? 0 : nearest;
        }
        return visits.isEmpty() ? 0 : (double) total / visits.size();
    }

    /** Move one visit next to one of its nearest visits (or to the start of a route near its depot). */
    private static ListChangeMoveSelectorConfig nearbyChange(int nearbySize) {
        return new ListChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("changeOrigin"))
                .withDestinationSelectorConfig(new DestinationSelectorConfig()
                        .withNearbySelectionConfig(nearby(nearbySize).withOriginValueSelectorConfig(
                                new ValueSelectorConfig().withMimicSelectorRef("changeOrigin"))));
    }

    /** Swap one visit with one of its nearest visits. */
    private static ListSwapMoveSelectorConfig nearbySwap(int nearbySize) {
        return new ListSwapMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("swapOrigin"))
                .withSecondaryValueSelectorConfig(new ValueSelectorConfig()
                        .withNearbySelectionConfig(nearby(nearbySize).withOriginValueSelectorConfig(
                                new ValueSelectorConfig().withMimicSelectorRef("swapOrigin"))));
    }

    /** Move a run of consecutive visits (possibly reversed) next to a stop near its first visit. */
    private static SubListChangeMoveSelectorConfig nearbySubListChange(int nearbySize) {
        return new SubListChangeMoveSelectorConfig()
                .withSelectReversingMoveToo(true)
                .withSubListSelectorConfig(new SubListSelectorConfig().withId("subListOrigin")
                        .withMaximumSubListSize(MAX_SUBLIST_SIZE))
                .withDestinationSelectorConfig(new DestinationSelectorConfig()
                        .withNearbySelectionConfig(nearby(nearbySize).withOriginSubListSelectorConfig(
                                new SubListSelectorConfig().withMimicSelectorRef("subListOrigin"))));
    }

    /** Nearby selection over the travel matrix; parabolic: the nearest stops far more often than the farther ones. */
    private static NearbySelectionConfig nearby(int nearbySize) {
        return new NearbySelectionConfig()
                .withNearbyDistanceMeterClass(VisitNearbyMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(nearbySize);
    }
}
