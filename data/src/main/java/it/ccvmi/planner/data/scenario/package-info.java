/**
 * Writes a generated planning day (planning.scenario) into the database.
 *
 * <p>May depend on: the other data packages, planning.scenario, planning.territory, JPA, Spring.
 */
package it.ccvmi.planner.data.scenario;
