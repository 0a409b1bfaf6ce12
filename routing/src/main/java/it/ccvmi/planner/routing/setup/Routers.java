package it.ccvmi.planner.routing.setup;

import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.graphhopper.GraphHopperRouter;
import it.ccvmi.planner.routing.straightline.StraightLineRouter;

/** Creates the router the settings ask for. */
public final class Routers {

    private Routers() {
    }

    public static Router create(RoutingSettings settings) {
        return switch (settings.router()) {
            case GRAPHHOPPER -> GraphHopperRouter.open(settings.graphHopper());
            case STRAIGHT_LINE -> new StraightLineRouter(settings.straightLine());
        };
    }
}
