package it.ccvmi.planner.data.territory;

import it.ccvmi.planner.data.H2gisTestDatabase;

@H2gisTestDatabase
class TerritoryImportH2gisTest extends TerritoryImportTest {
}
