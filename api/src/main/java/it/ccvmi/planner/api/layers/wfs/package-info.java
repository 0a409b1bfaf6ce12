/**
 * The WFS 2.0 endpoint over the map layers.
 *
 * <p>May depend on: api.layers, api.security, planning.geo, Spring.
 */
package it.ccvmi.planner.api.layers.wfs;
