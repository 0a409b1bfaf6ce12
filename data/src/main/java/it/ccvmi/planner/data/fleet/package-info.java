/**
 * Vans (vehicles) of the volunteer organisations.
 *
 * <p>May depend on: data.site, JPA, Spring Data.
 */
package it.ccvmi.planner.data.fleet;
