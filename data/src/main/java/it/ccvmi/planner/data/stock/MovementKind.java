package it.ccvmi.planner.data.stock;

/** What a stock movement did to units of a lot (the intake is the lot itself). */
public enum MovementKind {
    /** Set aside for a stop item of a published plan version. */
    RESERVED,
    /** Given back: the version was superseded, or the crew delivered fewer units than reserved. */
    RELEASED,
    /** Handed over, as the crew confirmed: the units left the depot for good. */
    DELIVERED
}
