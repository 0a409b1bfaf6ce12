/**
 * Chooses and opens a router from its settings.
 *
 * <p>May depend on: routing, routing.graphhopper, routing.straightline.
 */
package it.ccvmi.planner.routing.setup;
