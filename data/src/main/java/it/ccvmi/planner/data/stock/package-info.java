/**
 * Stored stock lots.
 *
 * <p>May depend on: data.goods, data.site, JPA, Spring Data.
 */
package it.ccvmi.planner.data.stock;
