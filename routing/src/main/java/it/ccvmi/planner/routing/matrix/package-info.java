/**
 * Many-to-many travel costs over GraphHopper's contraction hierarchy.
 *
 * <p>May depend on: GraphHopper.
 */
package it.ccvmi.planner.routing.matrix;
