/**
 * Score per constraint and per visit, and why a delivery was postponed.
 *
 * <p>May depend on: solver.routing.model, solver.routing.solve, OptaPlanner.
 */
package it.ccvmi.planner.solver.routing.explain;
