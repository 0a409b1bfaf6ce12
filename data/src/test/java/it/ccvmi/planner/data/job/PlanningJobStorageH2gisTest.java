package it.ccvmi.planner.data.job;

import it.ccvmi.planner.data.H2gisTestDatabase;

@H2gisTestDatabase
class PlanningJobStorageH2gisTest extends PlanningJobStorageTest {
}
