package it.ccvmi.planner.solver.routing.explain;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One constraint's total effect on the score and how many times it matched. */
public record ConstraintSummary(String constraint, HardMediumSoftLongScore score, int matches) {
}
