/**
 * Authentication (HTTP Basic for reading and signing in, bearer tokens), password rules, roles, comune scoping.
 *
 * <p>May depend on: api.web (problem documents), data.account, Spring.
 */
package it.ccvmi.planner.api.security;
