/**
 * Stored goods types.
 *
 * <p>May depend on: planning.goods, the solver's TemperatureClass, JPA, Spring Data.
 */
package it.ccvmi.planner.data.goods;
