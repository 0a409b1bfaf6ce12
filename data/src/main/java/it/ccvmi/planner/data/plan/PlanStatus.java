package it.ccvmi.planner.data.plan;

public enum PlanStatus {
    /** Being computed or edited. */
    DRAFT,
    /** Sent to the associations and COCs. */
    PUBLISHED,
    /** Replaced by a later published version. */
    SUPERSEDED
}
