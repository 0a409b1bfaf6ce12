/**
 * Sites (depot, COC, ATS hubs, RSA): CRUD and receiving windows.
 *
 * <p>May depend on: api.web, data, planning.geo, planning.territory, Spring.
 */
package it.ccvmi.planner.api.sites;
