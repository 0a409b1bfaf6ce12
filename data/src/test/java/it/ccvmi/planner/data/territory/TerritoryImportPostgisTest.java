package it.ccvmi.planner.data.territory;

import it.ccvmi.planner.data.PostgisTestDatabase;

@PostgisTestDatabase
class TerritoryImportPostgisTest extends TerritoryImportTest {
}
