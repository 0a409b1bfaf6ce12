package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.planning.DayFleet.UnusedVan;
import it.ccvmi.planner.planning.FairnessOptions;
import it.ccvmi.planner.planning.PlanningTerritory;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import java.util.List;

/**
 * Everything a job plans from, read from the database when the job starts.
 *
 * @param offToday the vans of the fleet marked not available that day: not in the day's fleet, listed in the
 *                 plan with the reason
 * @param replan   what a re-plan keeps of the published version; null for a plan from scratch
 */
record DayInputs(PlanningDay day, PlanningTerritory territory, GoodsCatalogue catalogue, FairnessOptions fairness,
        List<UnusedVan> offToday, ReplanBasis.Basis replan) {

    DayInputs replanning(ReplanBasis.Basis basis) {
        return new DayInputs(day, territory, catalogue, fairness, offToday, basis);
    }
}
