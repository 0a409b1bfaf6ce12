package it.ccvmi.planner.api.support;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the metro road graph the routing module's tests built (routing/target/graph-cache
 * under the checkout), so the api tests start from the cache instead of importing the roads again.
 * CISIAMO_TEST_GRAPH_CACHE names another cache directory (several checkouts can share one: it is locked).
 */
public class TestRoadGraph implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-road-graph",
                Map.of("cisiamo.routing.graph-cache", cacheDirectory().toString())));
    }

    /** The graph cache the tests' services read. */
    public static Path cacheDirectory() {
        Path root = Path.of(System.getProperty("cisiamo.repo.root", ".."));
        String shared = System.getenv("CISIAMO_TEST_GRAPH_CACHE");
        return shared == null || shared.isBlank() ? root.resolve("routing/target/graph-cache") : Path.of(shared);
    }
}
