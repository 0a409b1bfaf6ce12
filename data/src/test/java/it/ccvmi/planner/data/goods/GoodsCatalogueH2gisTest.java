package it.ccvmi.planner.data.goods;

import it.ccvmi.planner.data.H2gisTestDatabase;

@H2gisTestDatabase
class GoodsCatalogueH2gisTest extends GoodsCatalogueTest {
}
