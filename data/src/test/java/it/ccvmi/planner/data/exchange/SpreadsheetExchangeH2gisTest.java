package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.H2gisTestDatabase;

@H2gisTestDatabase
class SpreadsheetExchangeH2gisTest extends SpreadsheetExchangeTest {
}
