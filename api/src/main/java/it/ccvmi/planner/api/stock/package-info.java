/**
 * Stock lots in the depot: CRUD and the stock sheet.
 *
 * <p>May depend on: api.goods, api.sites, api.web, data, Spring.
 */
package it.ccvmi.planner.api.stock;
