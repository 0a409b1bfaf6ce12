/**
 * Stored planning jobs.
 *
 * <p>May depend on: data.plan, JPA, Spring Data.
 */
package it.ccvmi.planner.data.job;
