package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.TurnCostsConfig;

import java.util.Locale;

/**
 * The delivery-van profile: GraphHopper's car model (car access and one-way rules, OSM speeds) without private
 * roads and capped at the van's top speed.
 * <p>
 * Turn restrictions are applied when the extract has them: the graph is then imported with turn costs and an
 * edge-based contraction hierarchy (which also forbids U-turns mid-road). An extract without restriction relations,
 * like the reference metro extract rebuilt from vector tiles, gets a node-based hierarchy: turn costs would only
 * add U-turn penalties there, at about three times the preparation time and search effort. The decision is made
 * once per extract, at import (see {@link GraphCache}).
 *
 * @param name              the GraphHopper profile name
 * @param topSpeedKmh       the van's top speed; faster roads are driven at this speed
 * @param distanceInfluence GraphHopper's distance influence: seconds of extra weight per km, to prefer shorter
 *                          routes when they are barely slower
 */
public record VanProfile(String name, int topSpeedKmh, double distanceInfluence) {

    /** A light commercial van (N1; 100 km/h legal limit on Italian motorways, planned at 90) and GraphHopper's car distance influence. */
    public static final VanProfile DEFAULT = new VanProfile("van", 90, 90);

    /** Encoded values the import must store for this profile. {@code car_access} blocks private roads by default. */
    static final String ENCODED_VALUES = "car_access, car_average_speed, road_access";

    public VanProfile {
        Profile.validateProfileName(name);
        if (topSpeedKmh < 10 || topSpeedKmh > 150) {
            throw new IllegalArgumentException("Van top speed must be between 10 and 150 km/h, got " + topSpeedKmh);
        }
        if (distanceInfluence < 0) {
            throw new IllegalArgumentException("Distance influence must not be negative, got " + distanceInfluence);
        }
    }

    Profile toGraphHopperProfile(boolean turnCosts) {
        CustomModel model = new CustomModel()
                .setDistanceInfluence(distanceInfluence)
                .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                .addToPriority(Statement.If("road_access == PRIVATE", Statement.Op.MULTIPLY, "0"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, String.valueOf(topSpeedKmh)));
        Profile profile = new Profile(name).setCustomModel(model);
        return turnCosts ? profile.setTurnCostsConfig(TurnCostsConfig.car()) : profile;
    }

    /** A one-line description for plans and logs. */
    public String describe(boolean turnCosts) {
        return String.format(Locale.ROOT, "%s: car access and one-way rules, no private roads, top speed %d km/h, "
                        + "distance influence %.0f, %s", name, topSpeedKmh, distanceInfluence,
                turnCosts ? "turn restrictions (edge-based CH)" : "no turn restrictions in the data (node-based CH)");
    }
}
