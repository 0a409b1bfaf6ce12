package it.ccvmi.planner.planning.day;

/**
 * A van: the database id of a stored vehicle, a running number for a generated fleet.
 * Carried from the input to the plan and back, never rebuilt from names.
 */
public record VehicleId(long value) {
}
