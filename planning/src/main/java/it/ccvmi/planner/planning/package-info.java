/**
 * The day pipeline in plain Java: fair split, orders, travel matrix, routing, check and explanations.
 *
 * <p>May depend on: planning.day, planning.goods, planning.scenario, planning.territory, routing, solver; never
 * Spring, JPA or data.
 */
package it.ccvmi.planner.planning;
