/**
 * JMH benchmarks of the routing solver on generated Milan days.
 *
 * <p>May depend on: planning, routing, solver.
 */
package it.ccvmi.planner.benchmarks.solver;
