package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.demo.DemoDay;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestClock;
import it.ccvmi.planner.api.support.TestRoadGraph;
import it.ccvmi.planner.planning.SolverWarmUp;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The README's run command in a test: the embedded default (file H2 + H2GIS in a temp directory, the demo day
 * generated for the next delivery day, the metro road graph) planned, published and read back over HTTP as a COC
 * schedule, WFS features and public statistics — the other api tests run on PostGIS, this one proves the SQL of
 * jobs, schedules and layers on H2GIS too. The service starts on Friday 26 March 2027: its demo day is the
 * Saturday before summer time begins. Once ready it warms the solver up in the background on its road graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestRoadGraph.class)
@Import({ApiClient.class, TestAccounts.class, EmbeddedDefaultFlowTest.FridayMorning.class})
class EmbeddedDefaultFlowTest {

    static final LocalDate SATURDAY = LocalDate.of(2027, 3, 27);

    @TestConfiguration(proxyBeanMethods = false)
    static class FridayMorning {

        @Bean
        @Primary
        Clock fridayMorning() {
            return TestClock.startingAt(LocalDateTime.of(2027, 3, 26, 9, 0));
        }
    }

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DemoDay demoDay;

    @Autowired
    SolverWarmUpOnStart warmUp;

    @DynamicPropertySource
    static void temporaryVarDirectory(DynamicPropertyRegistry registry) throws IOException {
        String varDirectory = Files.createTempDirectory("cisiamo-embedded").toString();
        registry.add("cisiamo.var-dir", () -> varDirectory);
    }

    @Test
    void plansPublishesAndServesTheDemoDayOnTheEmbeddedDatabase() {
        LocalDate day = demoDay.date();
        assertThat(day).isEqualTo(SATURDAY);
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);

        JsonNode done = jobs.plan(day, 3);
        int number = done.get("planVersion").get("number").asInt();
        JsonNode version = jobs.version(day, number);
        assertThat(version.get("router").get("kind").asString()).isEqualTo("graphhopper");
        assertThat(version.get("routes").size()).isPositive();
        Response published = api.post("/api/v1/plans/" + day + "/versions/" + number + "/publish", planner, "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        String istat = version.get("routes").get(0).get("stops").get(0).get("comuneIstat").asString();
        Response schedule = api.get("/api/v1/coc/" + istat + "/schedule?date=" + day,
                api.bearer(accounts.coc(istat)));
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        assertThat(schedule.json().get("deliveries").size()).isPositive();

        Response routes = api.get("/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cisiamo:routes"
                + "&outputFormat=application/json&srsName=EPSG:3857&date=" + day, Auth.NONE);
        assertThat(routes.status()).as(routes.body()).isEqualTo(200);
        assertThat(routes.json().get("numberMatched").asInt()).isEqualTo(version.get("routes").size());

        Response statistics = api.get("/api/v1/public/statistics?from=" + day + "&to=" + day, Auth.NONE);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(statistics.json().get("totals").get("stops").asInt()).isPositive();
    }

    @Test
    void warmsTheSolverUpOnAGeneratedDayOnceReady() throws Exception {
        SolverWarmUp.Result result = warmUp.done().get(2, TimeUnit.MINUTES).orElseThrow();

        assertThat(result.visits()).isGreaterThan(100);
        assertThat(result.feasible()).isTrue();
        assertThat(result.score().hardScore()).isZero();
    }
}
