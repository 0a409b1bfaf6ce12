package it.ccvmi.planner.api.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored confirmation of a stop: the answer to its upload (and to any retry of it) and part of the crew's route. */
public record ConfirmationView(UUID confirmationId, long stopId, String outcome, String reason,
        OffsetDateTime confirmedAt, OffsetDateTime receivedAt, List<DeliveredItem> items) {

    /** An item of the stop: units planned and handed over. */
    public record DeliveredItem(long itemId, String goodsCode, int plannedUnits, int deliveredUnits) {
    }
}
