/**
 * Authentication (session and bearer tokens), roles, comune scoping.
 *
 * <p>May depend on: data.account, Spring.
 */
package it.ccvmi.planner.api.security;
