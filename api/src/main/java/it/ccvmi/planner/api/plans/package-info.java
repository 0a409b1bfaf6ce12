/**
 * Plan versions: writing a planned day, reading it back, publishing, documents.
 *
 * <p>May depend on: api.security, api.web, data, planning, solver, routing, Spring.
 */
package it.ccvmi.planner.api.plans;
