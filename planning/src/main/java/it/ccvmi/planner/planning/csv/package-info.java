/**
 * Reading and writing CSV sheets with line-numbered problems.
 *
 * <p>May depend on: the JDK only.
 */
package it.ccvmi.planner.planning.csv;
