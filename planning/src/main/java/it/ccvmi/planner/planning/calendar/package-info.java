/**
 * The service's calendar rules shared by every layer: which dates it accepts at all.
 *
 * <p>May depend on: the JDK only.
 */
package it.ccvmi.planner.planning.calendar;
