package it.ccvmi.planner.routing;

import java.util.Objects;

/**
 * A place a van drives to or from, as the routing module sees it: an id and a name for error messages,
 * and a WGS84 position. Callers adapt their own entities (depot, COC, hub, RSA) to this type.
 */
public record Site(String id, String name, double lat, double lon) {

    public Site {
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
