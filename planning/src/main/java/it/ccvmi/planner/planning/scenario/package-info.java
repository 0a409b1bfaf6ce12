/**
 * The deterministic generator of realistic planning days, and its input.
 *
 * <p>May depend on: planning.day, planning.goods, planning.territory.
 */
package it.ccvmi.planner.planning.scenario;
