/**
 * The independent feasibility check of solved routes (its own timing walk, on purpose).
 *
 * <p>May depend on: solver.routing.model.
 */
package it.ccvmi.planner.solver.routing.check;
