/**
 * WGS 84 points.
 *
 * <p>May depend on: JTS.
 */
package it.ccvmi.planner.planning.geo;
