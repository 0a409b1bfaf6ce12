package it.ccvmi.planner.solver.routing.model;

/**
 * A delivery request: the database id of a stored request, a running number for a generated day or a benchmark
 * instance. Carried from the day's input through every {@link Visit} to the plan and back, never rebuilt from names.
 */
public record RequestId(long value) {
}
