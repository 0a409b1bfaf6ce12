/**
 * The demo day generated on an empty database at start-up.
 *
 * <p>May depend on: data, planning.scenario, Spring.
 */
package it.ccvmi.planner.api.demo;
