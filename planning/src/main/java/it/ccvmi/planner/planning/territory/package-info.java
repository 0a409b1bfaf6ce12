/**
 * The reference territory read from the data directory: comuni, hubs, site kinds, default windows.
 *
 * <p>May depend on: planning.csv, planning.geo, JTS, Jackson.
 */
package it.ccvmi.planner.planning.territory;
