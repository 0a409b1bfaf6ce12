/**
 * The router's contract: sites, legs, travel matrices, errors.
 *
 * <p>May depend on: the JDK and JTS only.
 */
package it.ccvmi.planner.routing;
