/**
 * The straight-line router (great circle × detour factor ÷ speed).
 *
 * <p>May depend on: routing.
 */
package it.ccvmi.planner.routing.straightline;
