/**
 * The volunteer vans: CRUD and the fleet sheet.
 *
 * <p>May depend on: api.sites, api.web, data, Spring.
 */
package it.ccvmi.planner.api.fleet;
