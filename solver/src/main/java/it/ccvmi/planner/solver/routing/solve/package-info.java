/**
 * The one solver configuration and the entry points: RoutingSolver, SolveRun, SolveLimits.
 *
 * <p>May depend on: solver.routing.constraints, solver.routing.model, OptaPlanner.
 */
package it.ccvmi.planner.solver.routing.solve;
