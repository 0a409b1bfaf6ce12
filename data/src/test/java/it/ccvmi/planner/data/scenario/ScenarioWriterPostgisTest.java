package it.ccvmi.planner.data.scenario;

import it.ccvmi.planner.data.PostgisTestDatabase;

@PostgisTestDatabase
class ScenarioWriterPostgisTest extends ScenarioWriterTest {
}
