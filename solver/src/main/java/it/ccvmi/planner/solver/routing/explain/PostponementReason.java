package it.ccvmi.planner.solver.routing.explain;

/** Why a delivery was left for another day, from the first rule that blocks it to the last. */
public enum PostponementReason {
    /** Chilled goods, and no van of the fleet is refrigerated. */
    NO_REFRIGERATED_VAN,
    /** Every suitable van is already too full (by weight) for it. */
    NO_CAPACITY_LEFT_KG,
    /** Every suitable van with weight to spare is too full by volume. */
    NO_CAPACITY_LEFT_VOLUME,
    /** No van can reach the site within its receiving hours, even straight from the depot. */
    WINDOW_UNREACHABLE,
    /** Reachable in time from the depot, but any slot in the routes would make it or a later visit late. */
    WINDOW_CONFLICTS_WITH_ROUTES,
    /** Any van taking it would be back at the depot after its shift end. */
    SHIFT_TOO_SHORT,
    /** Re-planning: the site refused the delivery; it stays postponed. */
    REFUSED,
    /** Re-planning: every van of the day is out of service. */
    NO_VAN_IN_SERVICE,
    /** It fits somewhere: the search ended before finding that slot (give the solver more time). */
    SEARCH_ENDED_FIRST
}
