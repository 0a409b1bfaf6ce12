/**
 * The goods catalogue as plain values.
 *
 * <p>May depend on: the solver's TemperatureClass.
 */
package it.ccvmi.planner.planning.goods;
