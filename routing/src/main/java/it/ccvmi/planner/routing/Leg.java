package it.ccvmi.planner.routing;

import org.locationtech.jts.geom.LineString;

/**
 * One drive from a site to another.
 *
 * @param geometry the road geometry in EPSG:4326 (x = longitude, y = latitude), SRID set to 4326
 */
public record Leg(RoutingSite from, RoutingSite to, double seconds, double metres, LineString geometry) {
}
