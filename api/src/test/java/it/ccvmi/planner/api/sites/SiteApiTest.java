package it.ccvmi.planner.api.sites;

import static it.ccvmi.planner.api.support.Problems.assertInvalidField;
import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@ApiTest
class SiteApiTest {

    /** Points well inside Milano and Sesto San Giovanni. */
    static final double MILANO_LON = 9.19;
    static final double MILANO_LAT = 45.464;
    static final double SESTO_LON = 9.2377;
    static final double SESTO_LAT = 45.5357;

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Auth planner;

    @BeforeEach
    void signIn() {
        planner = api.bearer(accounts.planner());
    }

    @Test
    void listsSitesByKindAndComune() {
        JsonNode cocs = api.get("/api/v1/sites?kind=COC&comune=015146", planner).json();
        JsonNode depots = api.get("/api/v1/sites?kind=DEPOT", planner).json();
        JsonNode milano = api.get("/api/v1/sites?comune=015146", planner).json();

        assertThat(cocs.size()).isEqualTo(1);
        JsonNode coc = cocs.get(0);
        assertThat(coc.get("kind").asString()).isEqualTo("COC");
        assertThat(coc.get("comuneIstat").asString()).isEqualTo("015146");
        assertThat(coc.get("comuneName").asString()).isEqualTo("Milano");
        assertThat(coc.get("lon").asDouble()).isBetween(9.0, 9.3);
        assertThat(coc.get("receivingWindows").size()).isPositive();
        assertThat(depots.valueStream().map(site -> site.get("kind").asString())).containsOnly("DEPOT").isNotEmpty();
        assertThat(milano.size()).isGreaterThan(1);
        assertThat(milano.valueStream().map(site -> site.get("comuneIstat").asString())).containsOnly("015146");
        assertInvalidField(api.get("/api/v1/sites?kind=CASTLE", planner), "kind");
    }

    @Test
    void createsReadsUpdatesAndDeletesASite() {
        String name = "RSA prova " + UUID.randomUUID();

        ApiClient.Response created = api.post("/api/v1/sites", planner, site("RSA", name, MILANO_LON, MILANO_LAT));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/sites/" + id);
        assertThat(created.json().get("comuneIstat").asString()).isEqualTo("015146");
        assertThat(created.json().get("coordinateQuality").asString()).isEqualTo("APPROX_MANUAL");
        assertThat(created.json().get("receivingWindows").size()).isEqualTo(11); // RSA default opening hours
        assertThat(api.get("/api/v1/sites/" + id, planner).json().get("name").asString()).isEqualTo(name);

        ApiClient.Response moved = api.put("/api/v1/sites/" + id, planner, """
                {"kind": "RSA", "name": "%s", "address": "Via Nuova 2", "lon": 9.2, "lat": 45.47,
                 "coordinateQuality": "SOURCE_C19"}
                """.formatted(name));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/sites/" + id, planner).json();
        assertThat(read.get("address").asString()).isEqualTo("Via Nuova 2");
        assertThat(read.get("lon").asDouble()).isEqualTo(9.2);
        assertThat(read.get("coordinateQuality").asString()).isEqualTo("SOURCE_C19");

        assertThat(api.delete("/api/v1/sites/" + id, planner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/sites/" + id, planner), 404);
        assertProblem(api.delete("/api/v1/sites/" + id, planner), 404);
        assertProblem(api.put("/api/v1/sites/" + id, planner, site("RSA", name, MILANO_LON, MILANO_LAT)), 404);
    }

    @Test
    void refusesPointsOutsideTheCittaMetropolitanaAndChangesNothing() {
        long before = siteCount();

        ApiClient.Response venice = api.post("/api/v1/sites", planner, site("RSA", "Fuori", 12.33, 45.44));
        ApiClient.Response badLat = api.post("/api/v1/sites", planner, site("RSA", "Polo", 9.19, 95));

        assertInvalidField(venice, "lon");
        assertThat(venice.json().get("detail").asString()).contains("non è in un comune");
        assertInvalidField(badLat, "lat");
        assertThat(siteCount()).isEqualTo(before);
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndChangesNothing() {
        long before = siteCount();

        assertInvalidField(api.post("/api/v1/sites", planner, """
                {"kind": "RSA", "lon": 9.19, "lat": 45.464}"""), "name");
        assertInvalidField(api.post("/api/v1/sites", planner, """
                {"kind": "CASTLE", "name": "x", "lon": 9.19, "lat": 45.464}"""), "kind");
        assertInvalidField(api.post("/api/v1/sites", planner, """
                {"kind": "RSA", "name": "x", "lon": "east", "lat": 45.464}"""), "lon");
        assertInvalidField(api.post("/api/v1/sites", planner, """
                {"kind": "RSA", "name": "x", "lon": 9.19}"""), "lat");
        assertInvalidField(api.post("/api/v1/sites", planner, "{\"kind\": \"RSA\", "), "body");
        assertInvalidField(api.post("/api/v1/sites", planner, ""), "body");
        assertProblem(api.send("/api/v1/sites", planner, "POST", "kind=RSA", "text/plain"), 415);
        assertInvalidField(api.get("/api/v1/sites/abc", planner), "id");
        assertThat(siteCount()).isEqualTo(before);
    }

    @Test
    void keepsKindNameAndComuneOfASite() {
        String name = "ATS prova " + UUID.randomUUID();
        long id = api.post("/api/v1/sites", planner, site("ATS_HUB", name, MILANO_LON, MILANO_LAT)).json()
                .get("id").asLong();

        assertInvalidField(api.put("/api/v1/sites/" + id, planner, site("RSA", name, MILANO_LON, MILANO_LAT)), "kind");
        assertInvalidField(api.put("/api/v1/sites/" + id, planner,
                site("ATS_HUB", "altro nome", MILANO_LON, MILANO_LAT)), "name");
        assertInvalidField(api.put("/api/v1/sites/" + id, planner, site("ATS_HUB", name, SESTO_LON, SESTO_LAT)),
                "lon");

        JsonNode unchanged = api.get("/api/v1/sites/" + id, planner).json();
        assertThat(unchanged.get("kind").asString()).isEqualTo("ATS_HUB");
        assertThat(unchanged.get("comuneIstat").asString()).isEqualTo("015146");
        assertThat(unchanged.get("lon").asDouble()).isEqualTo(MILANO_LON);
    }

    @Test
    void refusesADuplicateAndTheDeletionOfASiteInUse() {
        String name = "COC bis " + UUID.randomUUID();
        long id = api.post("/api/v1/sites", planner, site("RSA", name, MILANO_LON, MILANO_LAT)).json()
                .get("id").asLong();
        ApiClient.Response request = api.post("/api/v1/requests", planner, """
                {"siteId": %d, "date": "2031-05-02", "goodsCode": "DPI", "units": 3}""".formatted(id));
        assertThat(request.status()).as(request.body()).isEqualTo(201);

        assertProblem(api.post("/api/v1/sites", planner, site("RSA", name, MILANO_LON, MILANO_LAT)), 409);
        assertProblem(api.delete("/api/v1/sites/" + id, planner), 409);
        assertThat(api.get("/api/v1/sites/" + id, planner).status()).isEqualTo(200);
    }

    @Test
    void isForPlannersOnly() {
        Auth coc = api.bearer(accounts.coc("015146"));

        assertProblem(api.get("/api/v1/sites", coc), 403);
        assertProblem(api.post("/api/v1/sites", coc, site("RSA", "x", MILANO_LON, MILANO_LAT)), 403);
    }

    private long siteCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM site", Long.class);
    }

    static String site(String kind, String name, double lon, double lat) {
        return """
                {"kind": "%s", "name": "%s", "address": "Via Prova 1", "lon": %s, "lat": %s}
                """.formatted(kind, name, lon, lat);
    }
}
