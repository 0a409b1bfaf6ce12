package it.ccvmi.planner.solver.routing.explain;

/** A delivery left for another day, and why, in words for the planner and the COC. */
public record PostponedDelivery(String visitId, String requesterId, String goodsCode, long kg, PostponementReason reason,
        String explanation) {
}
