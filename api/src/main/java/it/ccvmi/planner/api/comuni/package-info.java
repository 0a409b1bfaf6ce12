/**
 * The comuni of the metropolitan area, read only.
 *
 * <p>May depend on: api.web, data, planning.csv, Spring.
 */
package it.ccvmi.planner.api.comuni;
