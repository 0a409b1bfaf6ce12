package it.ccvmi.planner.data.delivery;

import it.ccvmi.planner.data.plan.RouteStopItem;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The units of one item of a confirmed stop that were handed over (0 to the planned units). */
@Entity
@Table(name = "confirmed_item")
public class ConfirmedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stop_confirmation_id")
    private StopConfirmation confirmation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_stop_item_id")
    private RouteStopItem item;

    private int units;

    protected ConfirmedItem() {
    }

    ConfirmedItem(StopConfirmation confirmation, RouteStopItem item, int units) {
        if (units < 0 || units > item.getUnits()) {
            throw new IllegalArgumentException("delivered units must be 0 to " + item.getUnits() + ": " + units);
        }
        this.confirmation = confirmation;
        this.item = item;
        this.units = units;
    }

    public RouteStopItem getItem() {
        return item;
    }

    public int getUnits() {
        return units;
    }
}
