/**
 * Delivery requests: CRUD and the request sheet, scoped by comune.
 *
 * <p>May depend on: api.goods, api.portal (the request deadline), api.security, api.sites, api.web, data, planning.csv,
 * Spring.
 */
package it.ccvmi.planner.api.requests;
