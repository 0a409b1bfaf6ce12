package it.ccvmi.planner.data.stock;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** A lot of one goods type received at a depot: what the fair split divides. */
@Entity
public class StockLot {

    /** First expiring first (FEFO): lots that do not expire last, then the oldest arrival, then the first recorded. */
    public static final Comparator<StockLot> FIRST_EXPIRING_FIRST = Comparator
            .comparing(StockLot::getExpiryDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StockLot::getArrivalDate).thenComparing(StockLot::getId);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "depot_id")
    private Site depot;

    @ManyToOne(optional = false)
    @JoinColumn(name = "goods_type")
    private GoodsType goodsType;

    private int units;

    private BigDecimal weightKg;

    private LocalDate arrivalDate;

    /** Null for goods that do not expire. */
    private LocalDate expiryDate;

    /** Who gave the lot (a shop, a company, a collection), when the warehouse recorded it. */
    private String donor;

    /** Optimistic locking: every change increments it (the ETag of the API). */
    @Version
    private long version;

    protected StockLot() {
    }

    public StockLot(Site depot, GoodsType goodsType, int units, BigDecimal weightKg, LocalDate arrivalDate,
            LocalDate expiryDate) {
        correct(depot, goodsType, units, weightKg, arrivalDate, expiryDate);
    }

    /** Rewrites the lot, e.g. after a recount at the depot. */
    public void correct(Site depot, GoodsType goodsType, int units, BigDecimal weightKg, LocalDate arrivalDate,
            LocalDate expiryDate) {
        this.depot = Objects.requireNonNull(depot);
        this.goodsType = Objects.requireNonNull(goodsType);
        this.units = units;
        this.weightKg = Objects.requireNonNull(weightKg);
        this.arrivalDate = Objects.requireNonNull(arrivalDate);
        this.expiryDate = expiryDate;
    }

    public Long getId() {
        return id;
    }

    public Site getDepot() {
        return depot;
    }

    public GoodsType getGoodsType() {
        return goodsType;
    }

    public int getUnits() {
        return units;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    /** Whether the lot may still be handed out on the day: arrived by then and not expired before it. */
    public boolean usableOn(LocalDate day) {
        return !arrivalDate.isAfter(day) && !expiredBy(day);
    }

    /** Whether the lot expired before the day (a lot is good on its expiry date). */
    public boolean expiredBy(LocalDate day) {
        return expiryDate != null && expiryDate.isBefore(day);
    }

    public String getDonor() {
        return donor;
    }

    /** Records or corrects the donor; null when unknown. */
    public void setDonor(String donor) {
        this.donor = donor;
    }

    public long getVersion() {
        return version;
    }
}
