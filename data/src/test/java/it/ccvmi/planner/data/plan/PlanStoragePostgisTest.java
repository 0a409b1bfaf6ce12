package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.PostgisTestDatabase;

@PostgisTestDatabase
class PlanStoragePostgisTest extends PlanStorageTest {
}
