package it.ccvmi.planner.data.job;

import it.ccvmi.planner.data.PostgisTestDatabase;

@PostgisTestDatabase
class PlanningJobStoragePostgisTest extends PlanningJobStorageTest {
}
