/**
 * Public delivery statistics: JSON and CSV.
 *
 * <p>May depend on: api.web, planning.csv, planning.goods, Spring.
 */
package it.ccvmi.planner.api.transparency;
