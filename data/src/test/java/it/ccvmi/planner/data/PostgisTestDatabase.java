package it.ccvmi.planner.data;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the real PostGIS test database (provisioned by scripts/provision-postgis),
 * in a fresh schema created for the test run and dropped at its end, so runs never see each other's
 * rows. All classes so annotated share it (one Spring context); tests empty the tables they use.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DataTestApplication.class)
@ContextConfiguration(initializers = PostgisTestDatabase.Initializer.class)
public @interface PostgisTestDatabase {

    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabases.Postgis postgis = TestDatabases.Postgis.fromEnvironment();
            String schema = postgis.createFreshSchema();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgis-test-database",
                    Map.of("spring.datasource.url", postgis.url(schema), "spring.datasource.username", postgis.user(),
                            "spring.datasource.password", postgis.password())));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    postgis.dropSchema(schema);
                }
            });
        }
    }
}
