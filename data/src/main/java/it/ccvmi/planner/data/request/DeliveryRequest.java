package it.ccvmi.planner.data.request;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a site (a comune's COC, an ATS hub or an RSA) asks for on a delivery date, in units of one
 * goods type. At most one request per site, date and goods type.
 */
@Entity
@Table(name = "delivery_request")
public class DeliveryRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    private LocalDate deliveryDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "goods_type")
    private GoodsType goodsType;

    private int units;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private OffsetDateTime createdAt;

    private OffsetDateTime updatedAt;

    /** Optimistic locking: a change based on an older version fails instead of overwriting another's. */
    @Version
    private long version;

    protected DeliveryRequest() {
    }

    public DeliveryRequest(Site site, LocalDate deliveryDate, GoodsType goodsType, int units, RequestStatus status,
            Clock clock) {
        this.site = Objects.requireNonNull(site);
        this.deliveryDate = Objects.requireNonNull(deliveryDate);
        this.goodsType = Objects.requireNonNull(goodsType);
        this.units = units;
        this.status = Objects.requireNonNull(status);
        this.createdAt = OffsetDateTime.now(clock);
        this.updatedAt = createdAt;
    }

    /** Changes quantity and status; touches {@code updatedAt} only when something really changed. */
    public void revise(int units, RequestStatus status, Clock clock) {
        if (this.units != units || this.status != status) {
            this.units = units;
            this.status = status;
            this.updatedAt = OffsetDateTime.now(clock);
        }
    }

    /** Changes only the status (publishing a plan), never the quantity a COC asked for. */
    public void mark(RequestStatus status, Clock clock) {
        revise(units, status, clock);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Site getSite() {
        return site;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public GoodsType getGoodsType() {
        return goodsType;
    }

    public int getUnits() {
        return units;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
