/**
 * Stock lots in the depot: CRUD, the stock sheet and the stock ledger (reservations when a plan version is
 * published, deliveries when a crew confirms a stop, the ledger view, what a delivery day may hand out).
 *
 * <p>May depend on: api.delivery (its events), api.goods, api.plans (its events), api.sites, api.web, data, Spring.
 */
package it.ccvmi.planner.api.stock;
