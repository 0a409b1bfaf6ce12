/**
 * Stored sites, their receiving windows and spatial queries.
 *
 * <p>May depend on: data.territory, planning.geo, planning.scenario, planning.territory, JPA, Spring Data.
 */
package it.ccvmi.planner.data.site;
