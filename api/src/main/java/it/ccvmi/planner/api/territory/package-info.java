/**
 * Imports the reference territory at start-up; its health.
 *
 * <p>May depend on: data, planning.territory, Spring.
 */
package it.ccvmi.planner.api.territory;
