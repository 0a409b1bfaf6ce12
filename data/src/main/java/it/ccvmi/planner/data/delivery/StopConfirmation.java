package it.ccvmi.planner.data.delivery;

import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A crew's confirmation of one stop of a published route. {@code confirmationId} is chosen by the crew's phone, so a
 * confirmation sent again after a lost answer is recognised; a stop has at most one confirmation.
 */
@Entity
@Table(name = "stop_confirmation")
public class StopConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID confirmationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_stop_id")
    private RouteStop stop;

    @Enumerated(EnumType.STRING)
    private DeliveryOutcome outcome;

    @Enumerated(EnumType.STRING)
    private NotDeliveredReason reason;

    /** When the crew confirmed (the phone's time; the upload may come later, when the phone is back online). */
    private OffsetDateTime confirmedAt;

    private OffsetDateTime receivedAt;

    @OneToMany(mappedBy = "confirmation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ConfirmedItem> items = new ArrayList<>();

    protected StopConfirmation() {
    }

    /**
     * @param deliveredUnits units handed over for every item of the stop
     * @param reason         why nothing was handed over: required for NOT_DELIVERED, null otherwise
     */
    public StopConfirmation(UUID confirmationId, RouteStop stop, DeliveryOutcome outcome, NotDeliveredReason reason,
            Map<RouteStopItem, Integer> deliveredUnits, OffsetDateTime confirmedAt, OffsetDateTime receivedAt) {
        if ((outcome == DeliveryOutcome.NOT_DELIVERED) != (reason != null)) {
            throw new IllegalArgumentException("a reason goes with NOT_DELIVERED and only with it: " + outcome);
        }
        if (!deliveredUnits.keySet().equals(Set.copyOf(stop.getItems()))) {
            throw new IllegalArgumentException("delivered units must name every item of stop " + stop.getId());
        }
        this.confirmationId = Objects.requireNonNull(confirmationId);
        this.stop = stop;
        this.outcome = Objects.requireNonNull(outcome);
        this.reason = reason;
        this.confirmedAt = Objects.requireNonNull(confirmedAt);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        deliveredUnits.forEach((item, units) -> items.add(new ConfirmedItem(this, item, units)));
    }

    public Long getId() {
        return id;
    }

    public UUID getConfirmationId() {
        return confirmationId;
    }

    public RouteStop getStop() {
        return stop;
    }

    public DeliveryOutcome getOutcome() {
        return outcome;
    }

    public NotDeliveredReason getReason() {
        return reason;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public List<ConfirmedItem> getItems() {
        return List.copyOf(items);
    }
}
