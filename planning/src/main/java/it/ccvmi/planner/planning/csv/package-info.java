/**
 * Reading and writing CSV sheets with line-numbered problems.
 *
 * <p>May depend on: planning.calendar (the dates the service accepts), the JDK.
 */
package it.ccvmi.planner.planning.csv;
