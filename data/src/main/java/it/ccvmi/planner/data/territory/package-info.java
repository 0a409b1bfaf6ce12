/**
 * Stored comuni with their boundaries.
 *
 * <p>May depend on: JPA, Spring Data.
 */
package it.ccvmi.planner.data.territory;
