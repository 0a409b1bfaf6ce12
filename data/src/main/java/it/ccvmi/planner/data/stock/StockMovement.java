package it.ccvmi.planner.data.stock;

import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.RouteStopItem;
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
import java.time.OffsetDateTime;
import java.util.Objects;

/** One line of the stock ledger: units of a lot reserved, released or delivered for a stop item. Never changed. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stock_lot_id")
    private StockLot lot;

    @Enumerated(EnumType.STRING)
    private MovementKind kind;

    private int units;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_version_id")
    private PlanVersion planVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_stop_item_id")
    private RouteStopItem item;

    private OffsetDateTime recordedAt;

    protected StockMovement() {
    }

    public StockMovement(StockLot lot, MovementKind kind, int units, PlanVersion planVersion, RouteStopItem item,
            OffsetDateTime recordedAt) {
        if (units <= 0) {
            throw new IllegalArgumentException("a movement moves at least one unit: " + units);
        }
        this.lot = Objects.requireNonNull(lot);
        this.kind = Objects.requireNonNull(kind);
        this.units = units;
        this.planVersion = Objects.requireNonNull(planVersion);
        this.item = Objects.requireNonNull(item);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public StockLot getLot() {
        return lot;
    }

    public MovementKind getKind() {
        return kind;
    }

    public int getUnits() {
        return units;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public RouteStopItem getItem() {
        return item;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    /** How this movement changes the units set aside: reserving adds, releasing and delivering take away. */
    int reservedChange() {
        return kind == MovementKind.RESERVED ? units : -units;
    }
}
