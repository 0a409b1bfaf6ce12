/**
 * What the crews report about a published plan: their confirmation of each stop (delivered, in part, or not, and
 * why) and the units handed over per item.
 *
 * <p>May depend on: data.plan, JPA, Spring Data.
 */
package it.ccvmi.planner.data.delivery;
