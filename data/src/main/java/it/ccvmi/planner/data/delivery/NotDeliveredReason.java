package it.ccvmi.planner.data.delivery;

/** Why a crew handed nothing over at a stop (the crew page's choices). */
public enum NotDeliveredReason {
    /** "chiuso": nobody there to receive. */
    CLOSED,
    /** "rifiutato": the site refused the goods. */
    REFUSED,
    /** "tempo insufficiente": the van ran out of time. */
    NO_TIME,
    /** "guasto al furgone": the van broke down. */
    VAN_BREAKDOWN
}
