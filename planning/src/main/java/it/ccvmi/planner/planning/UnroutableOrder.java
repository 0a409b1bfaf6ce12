package it.ccvmi.planner.planning;

/** Allocated goods that cannot go on any van today, before routing even starts (e.g. the site is closed). */
public record UnroutableOrder(String requesterId, String goodsCode, long units, String reason) {
}
