package it.ccvmi.planner.solver.routing.solve;

import java.util.List;
import java.util.Map;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan as the search on plain lists holds it: every list (the postponed one included), the list each visit is on,
 * the routes' measures and the score. Never changed once made: a candidate is built on fresh copies, so the current,
 * the best and the pool's plans can share one.
 */
record SearchPlan(Map<Van, List<Visit>> routes, VanOfVisit vanOf, RouteMeasures measures, HardMediumSoftLongScore score) {
}
