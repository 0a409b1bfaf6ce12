package it.ccvmi.planner.benchmarks.suite;

/**
 * A gate case's outcome.
 *
 * @param cost      total distance in the instance's published units, recomputed from the routes
 * @param violation the first reason the solution is infeasible, empty when feasible
 */
record GateResult(GateCase gateCase, double cost, boolean feasible, String violation) {
}
