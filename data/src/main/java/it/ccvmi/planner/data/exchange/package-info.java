/**
 * What comes in from files: the request, stock and fleet sheets and the territory import.
 *
 * <p>May depend on: the other data packages, planning.csv, planning.territory, JPA, Spring.
 */
package it.ccvmi.planner.data.exchange;
