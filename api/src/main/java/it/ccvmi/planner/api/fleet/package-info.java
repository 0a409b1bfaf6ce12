/**
 * The volunteer vans: CRUD, the fleet sheet, and the fleet of a day (availability, shift, crew per date).
 *
 * <p>May depend on: api.sites, api.web, data, Spring.
 */
package it.ccvmi.planner.api.fleet;
