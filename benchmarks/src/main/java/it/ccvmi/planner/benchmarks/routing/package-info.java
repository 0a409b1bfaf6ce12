/**
 * JMH benchmarks of the road graph: start-up and travel matrices.
 *
 * <p>May depend on: routing.
 */
package it.ccvmi.planner.benchmarks.routing;
