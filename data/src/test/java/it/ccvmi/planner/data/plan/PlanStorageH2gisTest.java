package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.H2gisTestDatabase;

@H2gisTestDatabase
class PlanStorageH2gisTest extends PlanStorageTest {
}
