/**
 * The Spring Boot application: its entry point and start-up logging.
 *
 * <p>May depend on: data (the JPA configuration), Spring.
 */
package it.ccvmi.planner.api;
