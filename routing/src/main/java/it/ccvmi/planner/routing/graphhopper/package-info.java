/**
 * The GraphHopper router: OSM import and cache, snapping, matrix, geometry.
 *
 * <p>May depend on: routing, routing.matrix, GraphHopper.
 */
package it.ccvmi.planner.routing.graphhopper;
