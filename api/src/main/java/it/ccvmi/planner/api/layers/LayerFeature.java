package it.ccvmi.planner.api.layers;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer: a stable id ({@code routes.42}), its geometry in EPSG:4326 (x = longitude; null when
 * unknown) and its attribute values in the layer's attribute order.
 */
public record LayerFeature(String id, Geometry geometry, Map<String, Object> properties) {
}
