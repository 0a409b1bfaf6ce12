/**
 * The COC portal: the request deadline of a delivery day, a comune's next days and its outcome after publication,
 * and the private, revocable calendar links calendar apps poll without credentials.
 *
 * <p>May depend on: api.plans, api.schedule, api.security, api.web, data, planning.territory, Spring.
 */
package it.ccvmi.planner.api.portal;
