/**
 * Stored stock lots and their ledger: the movements (reserved, released, delivered) of their units and the
 * balances computed from them.
 *
 * <p>May depend on: data.goods, data.plan, data.site, JPA, Spring Data.
 */
package it.ccvmi.planner.data.stock;
