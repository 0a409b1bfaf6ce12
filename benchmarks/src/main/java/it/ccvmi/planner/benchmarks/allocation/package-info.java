/**
 * JMH benchmark of the fair split.
 *
 * <p>May depend on: solver.
 */
package it.ccvmi.planner.benchmarks.allocation;
