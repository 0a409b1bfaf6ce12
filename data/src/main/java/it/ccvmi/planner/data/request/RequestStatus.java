package it.ccvmi.planner.data.request;

/** Life cycle of a delivery request. */
public enum RequestStatus {
    /** Received from the COC/hub/RSA, not yet planned. */
    REQUESTED,
    /** Part of a published plan. */
    PLANNED,
    /** Delivered (possibly partially, as the fair split allowed). */
    DELIVERED,
    /** Withdrawn by the requester. */
    CANCELLED
}
