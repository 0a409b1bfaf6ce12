package it.ccvmi.planner.solver.routing.explain;

import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Why the plan scores what it scores.
 *
 * @param constraints per constraint, the ones that matched, worst first
 * @param perVisit    per visit id, its share of the score per constraint (visits without any impact are omitted)
 * @param postponed   every delivery left for another day, with its reason
 */
public record PlanExplanation(HardMediumSoftLongScore score, List<ConstraintSummary> constraints,
        Map<String, Map<String, HardMediumSoftLongScore>> perVisit, List<PostponedDelivery> postponed) {
}
