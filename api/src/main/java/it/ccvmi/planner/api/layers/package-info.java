/**
 * Map layers of the stored plans and sites: GeoJSON downloads and the MapStore context.
 *
 * <p>May depend on: api.security, api.web, data, planning.geo, Spring.
 */
package it.ccvmi.planner.api.layers;
