package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.planning.FairnessOptions;
import it.ccvmi.planner.api.planning.PlanningTerritory;
import it.ccvmi.planner.data.goods.GoodsCatalogue;
import it.ccvmi.planner.data.scenario.PlanningDay;

/** Everything a job plans from, read from the database when the job starts. */
record DayInputs(PlanningDay day, PlanningTerritory territory, GoodsCatalogue catalogue, FairnessOptions fairness) {
}
