/**
 * The OpenAPI document's configuration.
 *
 * <p>May depend on: Spring.
 */
package it.ccvmi.planner.api.openapi;
