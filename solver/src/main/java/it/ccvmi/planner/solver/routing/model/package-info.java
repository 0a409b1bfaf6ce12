/**
 * The OptaPlanner model: plan, vans, visits, travel matrix, time windows.
 *
 * <p>May depend on: OptaPlanner.
 */
package it.ccvmi.planner.solver.routing.model;
