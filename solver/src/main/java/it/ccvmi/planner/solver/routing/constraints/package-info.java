/**
 * The routing constraints.
 *
 * <p>May depend on: solver.routing.model, OptaPlanner.
 */
package it.ccvmi.planner.solver.routing.constraints;
