/**
 * The published delivery schedule: JSON, CSV and iCalendar feeds.
 *
 * <p>May depend on: api.security, api.web, data, planning.csv, Spring.
 */
package it.ccvmi.planner.api.schedule;
