package it.ccvmi.planner.data.goods;

import it.ccvmi.planner.data.PostgisTestDatabase;

@PostgisTestDatabase
class GoodsCataloguePostgisTest extends GoodsCatalogueTest {
}
