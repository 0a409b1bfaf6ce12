/**
 * Planner and comune accounts: creation, roles, password changes.
 *
 * <p>May depend on: api.security, api.web, data, Spring.
 */
package it.ccvmi.planner.api.accounts;
