/**
 * The planners' web console (static pages).
 *
 * <p>May depend on: Spring.
 */
package it.ccvmi.planner.api.console;
