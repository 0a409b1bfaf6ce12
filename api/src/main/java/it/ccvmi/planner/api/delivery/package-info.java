/**
 * Delivering a published plan: van manifests and route sheets, the crews' per-route page and their delivery
 * confirmations.
 *
 * <p>May depend on: api.plans, api.schedule, api.security, api.web, data, planning, Spring.
 */
package it.ccvmi.planner.api.delivery;
