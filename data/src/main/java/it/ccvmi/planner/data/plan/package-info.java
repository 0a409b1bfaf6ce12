/**
 * Stored plans, versions, routes, stops and allocations.
 *
 * <p>May depend on: data.fleet, data.goods, data.request, data.site, JPA, Spring Data.
 */
package it.ccvmi.planner.data.plan;
