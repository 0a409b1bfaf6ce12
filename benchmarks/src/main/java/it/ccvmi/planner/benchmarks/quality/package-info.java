/**
 * Solution quality against the best known solutions of CVRPLIB and Solomon instances.
 *
 * <p>May depend on: solver.
 */
package it.ccvmi.planner.benchmarks.quality;
