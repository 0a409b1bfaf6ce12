package it.ccvmi.planner.routing.setup;

import it.ccvmi.planner.routing.graphhopper.GraphHopperSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;

import java.util.Objects;

/**
 * Which router to use and how it is set up. The application maps its configuration onto this record.
 *
 * @param graphHopper  used when {@code router} is {@link Kind#GRAPHHOPPER}
 * @param straightLine used when {@code router} is {@link Kind#STRAIGHT_LINE}
 */
public record RoutingSettings(Kind router, GraphHopperSettings graphHopper, StraightLineSettings straightLine) {

    public enum Kind { GRAPHHOPPER, STRAIGHT_LINE }

    public RoutingSettings {
        Objects.requireNonNull(router, "router");
        if (router == Kind.GRAPHHOPPER && graphHopper == null) {
            throw new IllegalArgumentException("The GraphHopper router needs GraphHopper settings (PBF file, cache directory)");
        }
        if (router == Kind.STRAIGHT_LINE && straightLine == null) {
            throw new IllegalArgumentException("The straight-line router needs straight-line settings");
        }
    }

    public static RoutingSettings graphHopper(GraphHopperSettings settings) {
        return new RoutingSettings(Kind.GRAPHHOPPER, settings, null);
    }

    public static RoutingSettings straightLine(StraightLineSettings settings) {
        return new RoutingSettings(Kind.STRAIGHT_LINE, null, settings);
    }
}
