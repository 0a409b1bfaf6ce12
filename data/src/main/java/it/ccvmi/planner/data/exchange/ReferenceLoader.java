package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import it.ccvmi.planner.data.site.SiteRepository;
import org.springframework.stereotype.Component;

/** Loads the reference data a spreadsheet import resolves names against (a few hundred rows). */
@Component
class ReferenceLoader {

    private final GoodsTypeRepository goodsTypes;
    private final SiteRepository sites;

    ReferenceLoader(GoodsTypeRepository goodsTypes, SiteRepository sites) {
        this.goodsTypes = goodsTypes;
        this.sites = sites;
    }

    References load() {
        return new References(goodsTypes.findAll(), sites.findAllWithComune());
    }
}
