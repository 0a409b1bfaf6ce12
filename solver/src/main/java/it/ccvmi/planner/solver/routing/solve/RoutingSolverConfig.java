package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.constraints.RoutingConstraints;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The one solver configuration for every routing problem — the Milan day and the CVRPLIB/Solomon
 * benchmarks alike: Bavet constraint streams, cheapest-insertion construction, then late-acceptance local
 * search over moves restricted to nearby stops.
 */
public final class RoutingSolverConfig {

    /** How many nearest stops a move considers (parabolic: the nearest ones far more often). */
    static final int NEARBY_SIZE = 40;
    static final int MAX_SUBLIST_SIZE = 8;
    static final int LATE_ACCEPTANCE_SIZE = 400;

    private RoutingSolverConfig() {
    }

    public static SolverConfig build(SolveLimits limits) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RoutingPlan.class)
                .withEntityClasses(Van.class, Visit.class)
                .withConstraintProviderClass(RoutingConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(limits.randomSeed())
                .withTerminationConfig(termination(limits))
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch(limits));
        if (limits.moveThreadCount() > 0) {
            config.withMoveThreadCount(Integer.toString(limits.moveThreadCount()));
        }
        return config;
    }

    private static TerminationConfig termination(SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig();
        if (limits.spentLimit() != null) {
            termination.withSpentLimit(limits.spentLimit());
        }
        if (limits.unimprovedSpentLimit() != null) {
            termination.withUnimprovedSpentLimit(limits.unimprovedSpentLimit());
        }
        if (limits.bestScoreLimit() != null) {
            termination.withBestScoreLimit(limits.bestScoreLimit());
        }
        return termination;
    }

    private static LocalSearchPhaseConfig localSearch(SolveLimits limits) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(nearbyChange());
        moves.add(nearbySwap());
        moves.add(nearbySubListChange());
        moves.add(new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(3));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                // OptaPlanner counts steps per phase: the limit applies to local search, construction always completes.
                .withTerminationConfig(limits.stepCountLimit() == null ? null
                        : new TerminationConfig().withStepCountLimit(limits.stepCountLimit()));
    }

    /** Move one visit next to one of its nearest visits (or to the start of a route near its depot). */
    private static ListChangeMoveSelectorConfig nearbyChange() {
        return new ListChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("changeOrigin"))
                .withDestinationSelectorConfig(new DestinationSelectorConfig()
                        .withNearbySelectionConfig(nearby().withOriginValueSelectorConfig(
                                new ValueSelectorConfig().withMimicSelectorRef("changeOrigin"))));
    }

    /** Swap one visit with one of its nearest visits. */
    private static ListSwapMoveSelectorConfig nearbySwap() {
        return new ListSwapMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("swapOrigin"))
                .withSecondaryValueSelectorConfig(new ValueSelectorConfig()
                        .withNearbySelectionConfig(nearby().withOriginValueSelectorConfig(
                                new ValueSelectorConfig().withMimicSelectorRef("swapOrigin"))));
    }

    /** Move a run of consecutive visits (possibly reversed) next to a stop near its first visit. */
    private static SubListChangeMoveSelectorConfig nearbySubListChange() {
        return new SubListChangeMoveSelectorConfig()
                .withSelectReversingMoveToo(true)
                .withSubListSelectorConfig(new SubListSelectorConfig().withId("subListOrigin")
                        .withMaximumSubListSize(MAX_SUBLIST_SIZE))
                .withDestinationSelectorConfig(new DestinationSelectorConfig()
                        .withNearbySelectionConfig(nearby().withOriginSubListSelectorConfig(
                                new SubListSelectorConfig().withMimicSelectorRef("subListOrigin"))));
    }

    private static NearbySelectionConfig nearby() {
        return new NearbySelectionConfig()
                .withNearbyDistanceMeterClass(VisitNearbyMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(NEARBY_SIZE);
    }
}
