package it.ccvmi.planner.routing;

import java.util.Objects;

/**
 * A site as the router needs it: an id (the matrix and the caches key on it), a name for error messages and a
 * WGS84 position. Callers adapt their own
 * site types to it (the planning pipeline: {@code PlanningSite.toRoutingSite()}).
 */
public record RoutingSite(String id, String name, double lat, double lon) {

    public RoutingSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException(
                    "Site " + id + " (" + name + ") has an invalid position: lat " + lat + ", lon " + lon);
        }
    }

    @Override
    public String toString() {
        return id + " (" + name + ")";
    }
}
