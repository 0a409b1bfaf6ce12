package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestRoadGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The README's run command in a test: the embedded default (file H2 + H2GIS in a temp directory, the demo day
 * generated for tomorrow, the metro road graph) planned, published and read back over HTTP as a COC schedule,
 * WFS features and public statistics — the other api tests run on PostGIS, this one proves the SQL of jobs,
 * schedules and layers on H2GIS too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestRoadGraph.class)
@Import({ApiClient.class, TestAccounts.class})
class EmbeddedDefaultFlowTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void temporaryVarDirectory(DynamicPropertyRegistry registry) throws IOException {
        String varDirectory = Files.createTempDirectory("cisiamo-embedded").toString();
        registry.add("cisiamo.var-dir", () -> varDirectory);
    }

    @Test
    void plansPublishesAndServesTheDemoDayOnTheEmbeddedDatabase() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);

        JsonNode done = jobs.plan(tomorrow, 3);
        int number = done.get("planVersion").get("number").asInt();
        JsonNode version = jobs.version(tomorrow, number);
        assertThat(version.get("router").get("kind").asString()).isEqualTo("graphhopper");
        assertThat(version.get("routes").size()).isPositive();
        Response published = api.post("/api/v1/plans/" + tomorrow + "/versions/" + number + "/publish", planner, "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        String istat = version.get("routes").get(0).get("stops").get(0).get("comuneIstat").asString();
        Response schedule = api.get("/api/v1/coc/" + istat + "/schedule?date=" + tomorrow,
                api.bearer(accounts.coc(istat)));
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        assertThat(schedule.json().get("deliveries").size()).isPositive();

        Response routes = api.get("/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cisiamo:routes"
                + "&outputFormat=application/json&srsName=EPSG:3857&date=" + tomorrow, Auth.NONE);
        assertThat(routes.status()).as(routes.body()).isEqualTo(200);
        assertThat(routes.json().get("numberMatched").asInt()).isEqualTo(version.get("routes").size());

        Response statistics = api.get("/api/v1/public/statistics?from=" + tomorrow + "&to=" + tomorrow, Auth.NONE);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(statistics.json().get("totals").get("stops").asInt()).isPositive();
    }
}
