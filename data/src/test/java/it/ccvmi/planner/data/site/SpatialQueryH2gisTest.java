package it.ccvmi.planner.data.site;

import it.ccvmi.planner.data.H2gisTestDatabase;

@H2gisTestDatabase
class SpatialQueryH2gisTest extends SpatialQueryTest {
}
