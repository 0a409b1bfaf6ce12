/**
 * The goods types: CRUD.
 *
 * <p>May depend on: api.web, data, planning.goods, the solver's TemperatureClass, Spring.
 */
package it.ccvmi.planner.api.goods;
