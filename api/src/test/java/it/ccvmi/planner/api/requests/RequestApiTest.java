package it.ccvmi.planner.api.requests;

import static it.ccvmi.planner.api.support.Problems.assertInvalidField;
import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestPlans;
import it.ccvmi.planner.data.plan.PlanRepository;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

@ApiTest
class RequestApiTest {

    static final String MILANO = "015146";
    static final String SESTO = "015209";

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanRepository plans;

    @Autowired
    DeliveryRequestRepository requestRepository;

    @Autowired
    PlatformTransactionManager transactions;

    Auth planner;
    long milanoCoc;
    long sestoCoc;

    @BeforeEach
    void signInAndFindTheCocSites() {
        planner = api.bearer(accounts.planner());
        milanoCoc = cocSite(MILANO);
        sestoCoc = cocSite(SESTO);
    }

    @Test
    void aPlannerCreatesListsFiltersUpdatesAndDeletesRequests() {
        ApiClient.Response created = create(planner, milanoCoc, "2031-03-01", "PASTA_RISO", 120);
        long sesto = id(create(planner, sestoCoc, "2031-03-01", "BEVANDE", 10));
        create(planner, milanoCoc, "2031-03-02", "DPI", 4);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long milano = id(created);
        assertThat(created.header("Location")).endsWith("/api/v1/requests/" + milano);
        JsonNode view = created.json();
        assertThat(view.get("siteId").asLong()).isEqualTo(milanoCoc);
        assertThat(view.get("comuneIstat").asString()).isEqualTo(MILANO);
        assertThat(view.get("siteName").asString()).isEqualTo("COC Milano");
        assertThat(view.get("date").asString()).isEqualTo("2031-03-01");
        assertThat(view.get("goodsCode").asString()).isEqualTo("PASTA_RISO");
        assertThat(view.get("units").asInt()).isEqualTo(120);
        assertThat(view.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(ids(api.get("/api/v1/requests?date=2031-03-01", planner))).containsExactly(milano, sesto);
        assertThat(ids(api.get("/api/v1/requests?date=2031-03-01&comune=" + SESTO, planner))).containsExactly(sesto);
        assertThat(ids(api.get("/api/v1/requests?comune=" + SESTO, planner))).contains(sesto).doesNotContain(milano);

        ApiClient.Response updated = api.put("/api/v1/requests/" + milano, planner, """
                {"siteId": %d, "date": "2031-03-01", "goodsCode": "PASTA_RISO", "units": 150, "status": "PLANNED"}
                """.formatted(milanoCoc));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/requests/" + milano, planner).json();
        assertThat(read.get("units").asInt()).isEqualTo(150);
        assertThat(read.get("status").asString()).isEqualTo("PLANNED");

        assertThat(api.delete("/api/v1/requests/" + milano, planner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/requests/" + milano, planner), 404);
        assertProblem(api.delete("/api/v1/requests/" + milano, planner), 404);
    }

    @Test
    void aCocAccountSeesAndChangesOnlyItsOwnComunesRequests() {
        Auth coc = api.bearer(accounts.coc(MILANO));
        long other = id(create(planner, sestoCoc, "2031-03-03", "BEVANDE", 10));
        ApiClient.Response own = create(coc, milanoCoc, "2031-03-03", "PASTA_RISO", 30);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        long before = requestCount("2031-03-03");

        assertThat(ids(api.get("/api/v1/requests?date=2031-03-03", coc))).containsExactly(id(own));
        assertThat(ids(api.get("/api/v1/requests?date=2031-03-03&comune=" + MILANO, coc))).containsExactly(id(own));
        assertProblem(api.get("/api/v1/requests?date=2031-03-03&comune=" + SESTO, coc), 403);
        assertProblem(api.get("/api/v1/requests/" + other, coc), 403);
        assertProblem(create(coc, sestoCoc, "2031-03-03", "DPI", 1), 403);
        assertProblem(api.put("/api/v1/requests/" + other, coc, """
                {"siteId": %d, "date": "2031-03-03", "goodsCode": "BEVANDE", "units": 99}""".formatted(sestoCoc)), 403);
        assertProblem(api.delete("/api/v1/requests/" + other, coc), 403);

        assertThat(requestCount("2031-03-03")).isEqualTo(before);
        assertThat(api.get("/api/v1/requests/" + other, planner).json().get("units").asInt()).isEqualTo(10);

        assertThat(api.put("/api/v1/requests/" + id(own), coc, """
                {"siteId": %d, "date": "2031-03-03", "goodsCode": "PASTA_RISO", "units": 35}""".formatted(milanoCoc))
                .status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/requests/" + id(own), coc).status()).isEqualTo(204);
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndChangesNothing() {
        long existing = id(create(planner, milanoCoc, "2031-03-04", "FARMACI", 5));
        long before = requestCount("2031-03-04");

        assertInvalidField(post(body(987654321, "2031-03-04", "DPI", "1")), "siteId");
        assertInvalidField(post(body(milanoCoc, "2031-03-04", "CAVIALE", "1")), "goodsCode");
        assertInvalidField(post(body(milanoCoc, "2031-03-04", "DPI", "0")), "units");
        assertInvalidField(post(body(milanoCoc, "2031-03-04", "DPI", "-3")), "units");
        assertInvalidField(post(body(milanoCoc, "2031-03-04", "DPI", "99999999999")), "units");
        assertInvalidField(post(body(milanoCoc, "2031-03-04", "DPI", "1.5")), "units");
        assertInvalidField(post(body(milanoCoc, "2031-03-04", "DPI", "\"tanti\"")), "units");
        assertInvalidField(post(body(milanoCoc, "2031-02-30", "DPI", "1")), "date");
        assertInvalidField(post(body(milanoCoc, "04/03/2031", "DPI", "1")), "date");
        assertInvalidField(post(body(milanoCoc, "2031-03-04", "DPI", "1").replace("}", ", \"status\": \"LOST\"}")),
                "status");
        assertInvalidField(post("{\"siteId\": %d, \"goodsCode\": \"DPI\", \"units\": 1}".formatted(milanoCoc)), "date");
        assertInvalidField(post("{\"siteId\": "), "body");
        assertInvalidField(post(""), "body");
        assertInvalidField(post("null"), "body");
        assertProblem(api.send("/api/v1/requests", planner, "POST", "DPI x 3", "text/plain"), 415);
        assertProblem(post(body(milanoCoc, "2031-03-04", "FARMACI", "7")), 409);
        assertInvalidField(api.put("/api/v1/requests/" + existing, planner, body(milanoCoc, "2031-03-05", "FARMACI",
                "5")), "date");
        assertInvalidField(api.put("/api/v1/requests/" + existing, planner, body(sestoCoc, "2031-03-04", "FARMACI",
                "5")), "siteId");
        assertInvalidField(api.get("/api/v1/requests?date=2031-02-30", planner), "date");
        assertInvalidField(api.get("/api/v1/requests/not-a-number", planner), "id");

        assertThat(requestCount("2031-03-04")).isEqualTo(before);
        assertThat(api.get("/api/v1/requests/" + existing, planner).json().get("units").asInt()).isEqualTo(5);
        assertProblem(api.get("/api/v1/requests", Auth.NONE), 401);
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedAndChangesNothing() {
        ApiClient.Response created = create(planner, milanoCoc, "2031-04-01", "PASTA_RISO", 10);
        long id = id(created);
        String read = created.header("ETag");

        ApiClient.Response first = api.send("/api/v1/requests/" + id, planner, "PUT",
                body(milanoCoc, "2031-04-01", "PASTA_RISO", "12"), "application/json", "If-Match", read);
        ApiClient.Response second = api.send("/api/v1/requests/" + id, planner, "PUT",
                body(milanoCoc, "2031-04-01", "PASTA_RISO", "30"), "application/json", "If-Match", read);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(read);
        assertThat(api.get("/api/v1/requests/" + id, planner).header("ETag")).isEqualTo(first.header("ETag"));
        JsonNode outdated = assertProblem(second, 412);
        assertThat(outdated.get("title").asString()).isEqualTo("Dati cambiati nel frattempo");
        assertThat(outdated.get("detail").asString()).startsWith("la richiesta è cambiata da quando è stata letta");
        assertThat(api.get("/api/v1/requests/" + id, planner).json().get("units").asInt()).isEqualTo(12);

        assertProblem(api.send("/api/v1/requests/" + id, planner, "DELETE", "", null, "If-Match", read), 412);
        assertThat(api.get("/api/v1/requests/" + id, planner).status()).isEqualTo(200);
        assertThat(api.send("/api/v1/requests/" + id, planner, "DELETE", "", null, "If-Match",
                first.header("ETag")).status()).isEqualTo(204);
    }

    @Test
    void aChangeOrASheetWithoutStatusKeepsTheStatus() {
        long id = id(post("""
                {"siteId": %d, "date": "2031-04-02", "goodsCode": "PASTA_RISO", "units": 10, "status": "PLANNED"}"""
                .formatted(milanoCoc)));

        ApiClient.Response changed = api.put("/api/v1/requests/" + id, planner,
                body(milanoCoc, "2031-04-02", "PASTA_RISO", "11"));
        ApiClient.Response reuploaded = api.send("/api/v1/requests/import", planner, "POST", """
                data_consegna;comune;categoria;unita
                02/04/2031;Milano;Pasta e riso;13
                """, "text/csv");

        assertThat(changed.json().get("status").asString()).isEqualTo("PLANNED");
        assertThat(reuploaded.json().get("updated").asInt()).as(reuploaded.body()).isEqualTo(1);
        JsonNode after = api.get("/api/v1/requests/" + id, planner).json();
        assertThat(after.get("units").asInt()).isEqualTo(13);
        assertThat(after.get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void importsARequestsSheetAndExportsADay() {
        String sheet = """
                \uFEFFData consegna;Comune;Struttura;Categoria;Colli;Stato
                05/03/2031;Milano;;Pasta e riso;120;
                05/03/2031;015209;;BEVANDE;12;richiesta
                """;

        ApiClient.Response first = api.send("/api/v1/requests/import", planner, "POST", sheet, "text/csv");
        ApiClient.Response again = api.send("/api/v1/requests/import", planner, "POST",
                sheet.replace(";120;", ";130;"), "text/csv");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(1);
        assertThat(requestCount("2031-03-05")).isEqualTo(2);

        ApiClient.Response export = api.get("/api/v1/requests/export?date=2031-03-05", planner);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains("richieste-2031-03-05.csv");
        assertThat(export.body()).isEqualTo("""
                \uFEFFdata_consegna;codice_istat;comune;struttura;categoria;unita;stato\r
                05/03/2031;015146;Milano;;Pasta e riso;130;richiesta\r
                05/03/2031;015209;Sesto San Giovanni;;Bevande;12;richiesta\r
                """);
    }

    @Test
    void rejectsAWholeSheetWithOneBadRowAndListsTheProblemsByLine() {
        ApiClient.Response rejected = api.send("/api/v1/requests/import?filename=richieste-marzo.csv", planner, "POST",
                """
                data_consegna,comune,categoria,unita
                2031-03-06,Milano,Pasta e riso,10
                2031-02-30,Milano,Bevande,10
                2031-03-06,Atlantide,Bevande,10
                2031-03-06,Milano,Farmaci,-1
                """, "text/csv");

        JsonNode problem = assertProblem(rejected, 422);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("line").asInt() + " "
                + error.get("field").asString())).containsExactly("3 data_consegna", "4 comune", "5 unita");
        assertThat(problem.get("errors").get(0).get("file").asString()).isEqualTo("richieste-marzo.csv");
        assertThat(requestCount("2031-03-06")).isZero();
        assertProblem(api.send("/api/v1/requests/import", planner, "POST", "", "text/csv"), 422);
    }

    @Test
    void aCocAccountImportsAndExportsOnlyItsOwnComune() {
        Auth coc = api.bearer(accounts.coc(MILANO));
        create(planner, sestoCoc, "2031-03-07", "BEVANDE", 8);

        ApiClient.Response own = api.send("/api/v1/requests/import", coc, "POST", """
                data_consegna;codice_istat;comune;categoria;unita
                07/03/2031;;milano;Pasta e riso;20
                07/03/2031;015146;;Bevande;5
                """, "text/csv");
        long before = requestCount("2031-03-07");
        ApiClient.Response foreign = api.send("/api/v1/requests/import", coc, "POST", """
                data_consegna;comune;categoria;unita
                07/03/2031;Milano;Farmaci;2
                07/03/2031;Sesto San Giovanni;Farmaci;2
                """, "text/csv");

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("created").asInt()).isEqualTo(2);
        assertThat(assertProblem(foreign, 403).get("detail").asString()).contains("line 3");
        assertThat(requestCount("2031-03-07")).isEqualTo(before).isEqualTo(3);

        String export = api.get("/api/v1/requests/export?date=2031-03-07", coc).body();

        assertThat(export).contains("07/03/2031;015146;Milano;;Pasta e riso;20;richiesta")
                .contains("07/03/2031;015146;Milano;;Bevande;5;richiesta").doesNotContain("Sesto");
        assertThat(api.get("/api/v1/requests/export?date=2031-03-07", planner).body()).contains("Sesto");
    }

    @Test
    void aRequestAPlanAllocatedCannotBeDeleted() {
        long id = id(create(planner, milanoCoc, "2031-03-09", "PASTA_RISO", 12));
        TestPlans.storeDraft(plans, transactions, LocalDate.parse("2031-03-09"),
                version -> version.allocate(requestRepository.findById(id).orElseThrow(), 6, "test"));

        assertProblem(api.delete("/api/v1/requests/" + id, planner), 409);
        assertThat(api.get("/api/v1/requests/" + id, planner).status()).isEqualTo(200);
    }

    private long cocSite(String istat) {
        return api.get("/api/v1/sites?kind=COC&comune=" + istat, planner).json().get(0).get("id").asLong();
    }

    private ApiClient.Response create(Auth auth, long site, String date, String goods, int units) {
        return api.post("/api/v1/requests", auth, body(site, date, goods, Integer.toString(units)));
    }

    private ApiClient.Response post(String json) {
        return api.post("/api/v1/requests", planner, json);
    }

    private static String body(long site, String date, String goods, String units) {
        return """
                {"siteId": %d, "date": "%s", "goodsCode": "%s", "units": %s}""".formatted(site, date, goods, units);
    }

    private static long id(ApiClient.Response response) {
        return response.json().get("id").asLong();
    }

    private static java.util.List<Long> ids(ApiClient.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().map(request -> request.get("id").asLong()).toList();
    }

    private long requestCount(String date) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_request WHERE delivery_date = ?", Long.class,
                LocalDate.parse(date));
    }
}
