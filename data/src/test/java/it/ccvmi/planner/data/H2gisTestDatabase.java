package it.ccvmi.planner.data;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against a fresh in-memory H2 + H2GIS database (the embedded default), shared by
 * all classes so annotated in a test run (one Spring context); tests empty the tables they use.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DataTestApplication.class)
@ContextConfiguration(initializers = H2gisTestDatabase.Initializer.class)
public @interface H2gisTestDatabase {

    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = "jdbc:h2:mem:cisiamo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("h2gis-test-database",
                    Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                            "spring.datasource.password", "")));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    TestDatabases.shutdownH2(url);
                }
            });
        }
    }
}
