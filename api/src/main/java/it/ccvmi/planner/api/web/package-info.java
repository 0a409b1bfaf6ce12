/**
 * Cross-feature web plumbing: RFC 9457 problems, CSV transfer.
 *
 * <p>May depend on: data.exchange, planning.csv, Spring.
 */
package it.ccvmi.planner.api.web;
