/**
 * The JPA configuration of the data module.
 *
 * <p>May depend on: Spring.
 */
package it.ccvmi.planner.data;
