package it.ccvmi.planner.api.layers;

import java.util.List;
import org.springframework.stereotype.Component;

/** The features of any layer for a plan scope, in a stable order (by id): what WFS and downloads serve. */
@Component
public class LayerSource {

    private final PlanLayerQueries plans;
    private final SiteLayerQuery sites;

    LayerSource(PlanLayerQueries plans, SiteLayerQuery sites) {
        this.plans = plans;
        this.sites = sites;
    }

    public List<LayerFeature> features(LayerType type, LayerScope scope) {
        switch (type) {
            case ROUTES:
                return scope.hasVersion() ? plans.routes(scope) : List.of();
            case STOPS:
                return scope.hasVersion() ? plans.stops(scope) : List.of();
            case COMUNI:
                return plans.comuni(scope);
            case SITES:
                return sites.sites();
            default:
                throw new IllegalArgumentException("unknown layer " + type);
        }
    }
}
