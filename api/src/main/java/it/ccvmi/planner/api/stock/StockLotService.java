package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.api.goods.GoodsTypeService;
import it.ccvmi.planner.api.sites.SiteService;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Goods received at the depot. */
@Service
@Transactional
public class StockLotService {

    private final StockLotRepository lots;
    private final GoodsTypeService goodsTypes;
    private final SiteService sites;

    StockLotService(StockLotRepository lots, GoodsTypeService goodsTypes, SiteService sites) {
        this.lots = lots;
        this.goodsTypes = goodsTypes;
        this.sites = sites;
    }

    /** Every lot, or those that arrived on {@code arrivalDate}. */
    @Transactional(readOnly = true)
    public List<StockLotView> list(LocalDate arrivalDate) {
        return lots.findAllWithDepot().stream()
                .filter(lot -> arrivalDate == null || lot.getArrivalDate().equals(arrivalDate))
                .map(StockLotView::of).toList();
    }

    @Transactional(readOnly = true)
    public StockLotView get(long id) {
        return StockLotView.of(find(id));
    }

    public StockLotView create(StockLotInput input) {
        Lot lot = resolve(input);
        StockLot created = new StockLot(lot.depot(), lot.goods(), input.units(), lot.weightKg(), input.arrivalDate(),
                input.expiryDate());
        created.setDonor(blankToNull(input.donor()));
        return StockLotView.of(lots.saveAndFlush(created));
    }

    public StockLotView update(long id, StockLotInput input) {
        StockLot stored = find(id);
        Lot lot = resolve(input);
        stored.correct(lot.depot(), lot.goods(), input.units(), lot.weightKg(), input.arrivalDate(),
                input.expiryDate());
        stored.setDonor(blankToNull(input.donor()));
        return StockLotView.of(lots.saveAndFlush(stored));
    }

    public void delete(long id) {
        lots.delete(find(id));
        lots.flush();
    }

    /** The references and the weight of a lot, checked. */
    private record Lot(Site depot, GoodsType goods, BigDecimal weightKg) {
    }

    private Lot resolve(StockLotInput input) {
        if (input.expiryDate() != null && input.expiryDate().isBefore(input.arrivalDate())) {
            throw ApiProblem.invalidField("expiryDate", "viene prima della data di arrivo " + input.arrivalDate());
        }
        GoodsType goods = goodsTypes.reference(input.goodsCode(), "goodsCode");
        Site depot = sites.depot(input.depotId(), "depotId");
        BigDecimal weight = input.weightKg() != null ? input.weightKg() : goods.weightOf(input.units());
        if (weight.precision() - weight.scale() > 8) {
            throw ApiProblem.invalidField("units",
                    "peserebbero " + weight + " kg, più di quanto un lotto possa contenere");
        }
        return new Lot(depot, goods, weight);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private StockLot find(long id) {
        return lots.findById(id).orElseThrow(() -> notFound(id));
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("nessun lotto con id " + id);
    }
}
