package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.PostgisTestDatabase;

@PostgisTestDatabase
class SpreadsheetExchangePostgisTest extends SpreadsheetExchangeTest {
}
