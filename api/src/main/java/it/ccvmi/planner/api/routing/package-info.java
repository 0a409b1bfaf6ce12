/**
 * The router bean (GraphHopper or straight line) and its health.
 *
 * <p>May depend on: routing, planning.territory, Spring.
 */
package it.ccvmi.planner.api.routing;
