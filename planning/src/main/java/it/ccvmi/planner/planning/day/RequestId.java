package it.ccvmi.planner.planning.day;

/**
 * A delivery request: the database id of a stored request, a running number for a generated day.
 * Carried from the input to the plan and back, never rebuilt from names.
 */
public record RequestId(long value) {
}
