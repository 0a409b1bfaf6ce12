package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.api.goods.GoodsTypeService;
import it.ccvmi.planner.api.sites.SiteService;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.stock.LotBalance;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.data.stock.StockMovement;
import it.ccvmi.planner.data.stock.StockMovementRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Goods received at the depot. */
@Service
@Transactional
public class StockLotService {

    private static final String STALE = "il lotto è cambiato da quando è stato letto";

    private final StockLotRepository lots;
    private final StockMovementRepository movements;
    private final GoodsTypeService goodsTypes;
    private final SiteService sites;

    StockLotService(StockLotRepository lots, StockMovementRepository movements, GoodsTypeService goodsTypes,
            SiteService sites) {
        this.lots = lots;
        this.movements = movements;
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

    /**
     * @param ifMatch the ETag the client read, or null to change whatever is current
     * @throws ApiProblem 409 when the lot would lose units or goods type its reservations and deliveries moved;
     *                    412 when the lot changed since the client read it
     */
    public StockLotView update(long id, StockLotInput input, String ifMatch) {
        StockLot stored = lots.lockAll(List.of(id)).stream().findFirst().orElseThrow(() -> notFound(id));
        EntityTags.requireMatch(ifMatch, stored.getVersion(), STALE);
        Lot lot = resolve(input);
        List<StockMovement> moved = movements.findByLotId(id);
        if (!moved.isEmpty()) {
            LotBalance balance = LotBalance.of(List.of(stored), moved).get(id);
            int taken = balance.reserved() + balance.delivered();
            if (input.units() < taken || !lot.goods().getCode().equals(stored.getGoodsType().getCode())) {
                throw ApiProblem.conflict("Lotto già in uso", "Il lotto " + id + " ha " + taken
                        + " unità riservate o consegnate: può avere almeno " + taken
                        + " unità e non può cambiare categoria.");
            }
        }
        stored.correct(lot.depot(), lot.goods(), input.units(), lot.weightKg(), input.arrivalDate(),
                input.expiryDate());
        stored.setDonor(blankToNull(input.donor()));
        return StockLotView.of(lots.saveAndFlush(stored));
    }

    /**
     * @throws ApiProblem 409 when the stock ledger has movements of the lot (its history stays); 412 when the lot
     *                    changed since the client read it (If-Match)
     */
    public void delete(long id, String ifMatch) {
        StockLot lot = find(id);
        EntityTags.requireMatch(ifMatch, lot.getVersion(), STALE);
        if (!movements.findByLotId(id).isEmpty()) {
            throw ApiProblem.conflict("Lotto già in uso", "Il lotto " + id
                    + " è stato riservato o consegnato da piani pubblicati: non si può eliminare.");
        }
        lots.delete(lot);
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
