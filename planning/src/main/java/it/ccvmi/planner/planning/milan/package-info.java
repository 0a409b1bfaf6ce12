/**
 * The Milan-day main: plans a generated day on the real territory and prints it.
 *
 * <p>May depend on: planning and its packages, routing, solver.
 */
package it.ccvmi.planner.planning.milan;
