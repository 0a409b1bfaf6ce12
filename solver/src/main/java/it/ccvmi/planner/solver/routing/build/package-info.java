/**
 * Turns orders into deliveries sized to the vans.
 *
 * <p>May depend on: solver.routing.model.
 */
package it.ccvmi.planner.solver.routing.build;
