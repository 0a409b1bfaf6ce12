package it.ccvmi.planner.api.support;

import it.ccvmi.planner.api.PlannerApplication;
import it.ccvmi.planner.data.PostgisTestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the whole application on a random port against the real PostGIS test database (a fresh schema for
 * the run, territory imported on start) with the real metro road graph. All classes so annotated share one
 * server: each test creates its own data (its own date, comune or account) and never assumes an empty table.
 * Talk to it through {@link ApiClient}; accounts come from {@link TestAccounts}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cisiamo.security.first-planner.password=first-planner-secret",
                "cisiamo.demo-day.enabled=false", "cisiamo.solver.warm-up.enabled=false",
                // The tests' proxy calls from 127.0.0.2 (RawRequest.sendFrom); plain calls come from 127.0.0.1.
                "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2"})
@ContextConfiguration(initializers = {PostgisTestDatabase.Initializer.class, TestRoadGraph.class})
@Import({TestAccounts.class, ApiClient.class})
public @interface ApiTest {
}
