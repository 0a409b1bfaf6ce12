package it.ccvmi.planner.data.delivery;

/** How a stop went, as its crew confirms it. */
public enum DeliveryOutcome {
    /** Everything on the stop's list was handed over. */
    DELIVERED,
    /** Some units of some items were handed over. */
    PARTIAL,
    /** Nothing was handed over; the crew says why. */
    NOT_DELIVERED
}
