package it.ccvmi.planner.data.scenario;

import it.ccvmi.planner.data.H2gisTestDatabase;

@H2gisTestDatabase
class ScenarioWriterH2gisTest extends ScenarioWriterTest {
}
