/**
 * Vans (vehicles) of the volunteer organisations, and how each works on a given date (availability, shift, crew).
 *
 * <p>May depend on: data.site, JPA, Spring Data.
 */
package it.ccvmi.planner.data.fleet;
