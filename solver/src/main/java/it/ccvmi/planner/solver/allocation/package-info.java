/**
 * The fair split of stock among requests, with its explanation and equity over time.
 *
 * <p>May depend on: the JDK only.
 */
package it.ccvmi.planner.solver.allocation;
