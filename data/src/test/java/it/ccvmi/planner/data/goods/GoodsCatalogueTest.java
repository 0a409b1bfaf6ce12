package it.ccvmi.planner.data.goods;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue of plain values is the one the migration seeds; subclasses choose the database. */
abstract class GoodsCatalogueTest {

    @Autowired
    GoodsTypeRepository goodsTypes;

    @Test
    void theStandardCatalogueIsWhatTheMigrationSeeds() {
        GoodsCatalogue seeded = GoodsCatalogue.of(goodsTypes.findAll().stream().map(GoodsType::toGoods).toList());

        assertThat(seeded.all()).hasSize(9);
        assertThat(seeded).isEqualTo(GoodsCatalogue.standard());
    }
}
