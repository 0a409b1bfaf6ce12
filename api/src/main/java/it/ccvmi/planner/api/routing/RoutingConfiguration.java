package it.ccvmi.planner.api.routing;

import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.graphhopper.GraphHopperSettings;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one router of the service, chosen by {@code cisiamo.routing.router}: {@code graphhopper}, {@code straight-line},
 * or {@code auto} (default) = GraphHopper when the data directory holds the metro road extract, else straight lines
 * with a warning that travel times are estimates. Closed on shutdown (releases the road graph).
 */
@Configuration
class RoutingConfiguration {

    static final String METRO_PBF = "osm/milano-area-roads.osm.pbf";
    private static final Logger LOG = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean(destroyMethod = "close")
    Router router(@Value("${cisiamo.routing.router:auto}") String choice,
            @Value("${cisiamo.routing.graph-cache:${cisiamo.var-dir}/graph-cache}") String graphCache,
            @Value("${data-dir:}") String dataDir) {
        Path pbf = DataDirectory.locate(dataDir).resolve(METRO_PBF);
        RoutingSettings settings = settings(choice.trim().toLowerCase(Locale.ROOT), pbf, Path.of(graphCache));
        long started = System.nanoTime();
        Router router = Routers.create(settings);
        LOG.info("Router: {} (ready in {} ms)", router.description(), (System.nanoTime() - started) / 1_000_000);
        return router;
    }

    private static RoutingSettings settings(String choice, Path pbf, Path graphCache) {
        switch (choice) {
            case "graphhopper":
                return RoutingSettings.graphHopper(GraphHopperSettings.of(pbf, graphCache));
            case "straight-line":
                return RoutingSettings.straightLine(StraightLineSettings.DEFAULT);
            case "auto":
                if (Files.isRegularFile(pbf)) {
                    return RoutingSettings.graphHopper(GraphHopperSettings.of(pbf, graphCache));
                }
                LOG.warn("No road data at {}: using straight-line distances; travel times are ESTIMATES", pbf);
                return RoutingSettings.straightLine(StraightLineSettings.DEFAULT);
            default:
                throw new IllegalStateException(
                        "cisiamo.routing.router must be auto, graphhopper or straight-line, not '" + choice + "'");
        }
    }
}
