package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.planning.DayPlan;
import java.util.List;
import java.util.Map;

/**
 * A planned day with its routes' road geometry, ready to be stored.
 *
 * @param unitWeightsKg kg per unit by goods code (the catalogue the day was planned with)
 */
public record DrivenPlan(DayPlan plan, List<DrivenRoute> routes, Map<String, Double> unitWeightsKg) {
}
