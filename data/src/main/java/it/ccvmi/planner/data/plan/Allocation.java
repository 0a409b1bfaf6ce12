package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.request.DeliveryRequest;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/**
 * How many units of a request a plan version grants (the fair split; may be less than requested), with the
 * request's units and the goods' unit weight as they were when planned: a published version's figures stay as
 * published when the request or the goods type is edited later.
 */
@Entity
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_version_id")
    private PlanVersion planVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private DeliveryRequest request;

    private int units;

    private int requestedUnits;

    private BigDecimal unitWeightKg;

    private String reason;

    /** The fair share before rounding (what equity over time compares deliveries with); null if unknown. */
    private BigDecimal fairShare;

    protected Allocation() {
    }

    Allocation(PlanVersion planVersion, DeliveryRequest request, int units, String reason) {
        if (units < 0) {
            throw new IllegalArgumentException("allocated units must not be negative: " + units);
        }
        this.planVersion = planVersion;
        this.request = request;
        this.units = units;
        this.requestedUnits = request.getUnits();
        this.unitWeightKg = request.getGoodsType().getUnitWeightKg();
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public DeliveryRequest getRequest() {
        return request;
    }

    public int getUnits() {
        return units;
    }

    /** The units the request asked for when this version was planned. */
    public int getRequestedUnits() {
        return requestedUnits;
    }

    /** The weight of one unit of the goods when this version was planned. */
    public BigDecimal getUnitWeightKg() {
        return unitWeightKg;
    }

    public void setFairShare(BigDecimal fairShare) {
        this.fairShare = fairShare;
    }

    public BigDecimal getFairShare() {
        return fairShare;
    }

    public String getReason() {
        return reason;
    }
}
