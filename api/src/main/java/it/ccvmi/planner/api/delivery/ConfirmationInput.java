package it.ccvmi.planner.api.delivery;

import java.util.List;

/**
 * A crew's confirmation of a stop as the phone sends it. Values arrive as text so that every mistake gets an
 * Italian message naming its field.
 *
 * @param confirmationId chosen by the phone (a UUID); the same id again is the same confirmation
 * @param outcome        DELIVERED, PARTIAL or NOT_DELIVERED
 * @param reason         NOT_DELIVERED only: CLOSED, REFUSED, NO_TIME or VAN_BREAKDOWN
 * @param items          PARTIAL only: the units handed over of every item of the stop
 * @param confirmedAt    when the crew confirmed, ISO 8601 with offset (the phone's clock)
 */
public record ConfirmationInput(String confirmationId, String outcome, String reason, List<ItemUnits> items,
        String confirmedAt) {

    /** Units of one item (route_stop_item id) handed over. */
    public record ItemUnits(Long itemId, Integer units) {
    }
}
