package it.ccvmi.planner.api.stock;

import static it.ccvmi.planner.api.support.Problems.assertInvalidField;
import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@ApiTest
class StockLotApiTest {

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
    void createsListsByDateUpdatesAndDeletesALot() {
        ApiClient.Response created = api.post("/api/v1/stock-lots", planner, """
                {"goodsCode": "PASTA_RISO", "units": 150, "arrivalDate": "2031-04-01", "expiryDate": "2032-04-01"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("weightKg").decimalValue()).isEqualByComparingTo("1800"); // 150 x 12 kg
        assertThat(created.json().get("depotName").asString()).isNotBlank();
        JsonNode ofTheDay = api.get("/api/v1/stock-lots?date=2031-04-01", planner).json();
        assertThat(ofTheDay.valueStream().map(lot -> lot.get("id").asLong())).containsExactly(id);
        assertThat(api.get("/api/v1/stock-lots?date=2031-04-02", planner).json().size()).isZero();

        ApiClient.Response updated = api.put("/api/v1/stock-lots/" + id, planner, """
                {"goodsCode": "BEVANDE", "units": 20, "weightKg": 195.5, "arrivalDate": "2031-04-01",
                 "depotId": %d}""".formatted(created.json().get("depotId").asLong()));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/stock-lots/" + id, planner).json();
        assertThat(read.get("goodsCode").asString()).isEqualTo("BEVANDE");
        assertThat(read.get("units").asInt()).isEqualTo(20);
        assertThat(read.get("weightKg").decimalValue()).isEqualByComparingTo("195.5");
        assertThat(read.get("expiryDate").isNull()).isTrue();

        assertThat(api.delete("/api/v1/stock-lots/" + id, planner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/stock-lots/" + id, planner), 404);
        assertProblem(api.put("/api/v1/stock-lots/" + id, planner, """
                {"goodsCode": "BEVANDE", "units": 20, "arrivalDate": "2031-04-01"}"""), 404);
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndChangesNothing() {
        long before = lotCount();
        long coc = api.get("/api/v1/sites?kind=COC&comune=015146", planner).json().get(0).get("id").asLong();

        assertInvalidField(post("{\"goodsCode\": \"CAVIALE\", \"units\": 1, \"arrivalDate\": \"2031-04-03\"}"),
                "goodsCode");
        assertInvalidField(post("{\"goodsCode\": \"DPI\", \"units\": -5, \"arrivalDate\": \"2031-04-03\"}"), "units");
        assertInvalidField(post("{\"goodsCode\": \"DPI\", \"units\": 99999999999, \"arrivalDate\": \"2031-04-03\"}"),
                "units");
        assertInvalidField(post("{\"goodsCode\": \"DPI\", \"units\": 2000000000, \"arrivalDate\": \"2031-04-03\"}"),
                "units"); // 7 000 000 000 kg do not fit a lot
        assertInvalidField(post("{\"goodsCode\": \"DPI\", \"units\": 1, \"arrivalDate\": \"2031-02-30\"}"),
                "arrivalDate");
        assertInvalidField(post("{\"goodsCode\": \"DPI\", \"units\": 1}"), "arrivalDate");
        assertInvalidField(post("""
                {"goodsCode": "DPI", "units": 1, "arrivalDate": "2031-04-03", "expiryDate": "2031-04-01"}"""),
                "expiryDate");
        assertInvalidField(post("""
                {"goodsCode": "DPI", "units": 1, "arrivalDate": "2031-04-03", "depotId": %d}""".formatted(coc)),
                "depotId");
        assertInvalidField(post("""
                {"goodsCode": "DPI", "units": 1, "arrivalDate": "2031-04-03", "depotId": 987654321}"""), "depotId");
        assertInvalidField(post("{\"goodsCode\": \"DPI\", \"units\": \"molti\", \"arrivalDate\": \"2031-04-03\"}"),
                "units");
        assertInvalidField(post(""), "body");
        assertInvalidField(api.get("/api/v1/stock-lots?date=2031-02-30", planner), "date");
        assertProblem(api.send("/api/v1/stock-lots", planner, "POST", "DPI 3", "text/plain"), 415);

        assertThat(lotCount()).isEqualTo(before);
    }

    @Test
    void aLotRecordsItsDonorAndACorrectionChangesIt() {
        ApiClient.Response created = api.post("/api/v1/stock-lots", planner, """
                {"goodsCode": "BEVANDE", "units": 20, "arrivalDate": "2031-04-07", "donor": " Supermercato Rossi "}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("donor").asString()).isEqualTo("Supermercato Rossi");
        long id = created.json().get("id").asLong();

        ApiClient.Response corrected = api.put("/api/v1/stock-lots/" + id, planner, """
                {"goodsCode": "BEVANDE", "units": 20, "arrivalDate": "2031-04-07", "donor": ""}""");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/stock-lots/" + id, planner).json().get("donor").isNull()).isTrue();
        String tooLong = "x".repeat(161);
        assertInvalidField(post("""
                {"goodsCode": "DPI", "units": 1, "arrivalDate": "2031-04-03", "donor": "%s"}""".formatted(tooLong)),
                "donor");
    }

    @Test
    void aDayCanHandOutTheLotsThatHaveArrivedAndNotExpired() {
        long fresh = api.post("/api/v1/stock-lots", planner, """
                {"goodsCode": "PANE_DOLCI", "units": 5, "arrivalDate": "2031-05-01", "expiryDate": "2031-05-03"}""")
                .json().get("id").asLong();
        long keeping = api.post("/api/v1/stock-lots", planner, """
                {"goodsCode": "DPI", "units": 5, "arrivalDate": "2031-05-01", "expiryDate": "2031-12-31"}""")
                .json().get("id").asLong();

        assertThat(usableIds("2031-05-01")).contains(fresh, keeping);
        assertThat(usableIds("2031-05-03")).contains(fresh);
        assertThat(usableIds("2031-04-30")).as("not arrived yet").doesNotContain(fresh, keeping);
        assertThat(usableIds("2031-05-04")).as("expired").doesNotContain(fresh);
        assertThat(usableIds("2031-08-01")).as("what no published plan took stays").contains(keeping);
    }

    private List<Long> usableIds(String date) {
        ApiClient.Response usable = api.get("/api/v1/stock-lots/usable?date=" + date, planner);
        assertThat(usable.status()).as(usable.body()).isEqualTo(200);
        return usable.json().findValues("id").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void importsAGoodsInSheetAndExportsAllLots() {
        long before = lotCount();

        ApiClient.Response imported = api.send("/api/v1/stock-lots/import?filename=carico-aprile.csv", planner, "POST",
                """
                Categoria;Colli;Peso kg;Data arrivo;Scadenza;Deposito
                Pasta e riso;10;;05/04/2031;05/10/2031;
                Kit vaccino antinfluenzale;200;500;05/04/2031;31/05/2031;
                """, "text/csv");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);
        assertThat(imported.json().get("file").asString()).isEqualTo("carico-aprile.csv");
        assertThat(lotCount()).isEqualTo(before + 2);
        assertThat(api.get("/api/v1/stock-lots?date=2031-04-05", planner).json().size()).isEqualTo(2);

        ApiClient.Response export = api.get("/api/v1/stock-lots/export", planner);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains("carico.csv");
        assertThat(export.body()).startsWith("\uFEFFcategoria;colli;peso_kg;data_arrivo;scadenza;deposito;donatore\r\n")
                .contains("Kit vaccino antinfluenzale;200;500;05/04/2031;31/05/2031;");
    }

    @Test
    void theDonorColumnIsReadWrittenAndReadBack() {
        String donor = "Supermercato " + UUID.randomUUID();
        ApiClient.Response imported = api.send("/api/v1/stock-lots/import?filename=donazioni.csv", planner, "POST", """
                Categoria;Colli;Data arrivo;Donatore
                Pasta e riso;11;09/04/2031;%s
                Bevande;12;09/04/2031;
                """.formatted(donor), "text/csv");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_lot WHERE donor = ? AND units = 11", Long.class,
                donor)).isEqualTo(1);
        String export = api.get("/api/v1/stock-lots/export", planner).body();
        String header = export.lines().findFirst().orElseThrow();
        String row = export.lines().filter(line -> line.endsWith(";" + donor)).findFirst().orElseThrow();
        assertThat(header).endsWith(";deposito;donatore");
        assertThat(row).startsWith("Pasta e riso;11;");

        ApiClient.Response again = api.send("/api/v1/stock-lots/import?filename=carico-riletto.csv", planner, "POST",
                header + "\r\n" + row.replace(";11;", ";13;") + "\r\n", "text/csv");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_lot WHERE donor = ? AND units = 13", Long.class,
                donor)).isEqualTo(1);
        assertInvalidImport("Categoria;Colli;Data arrivo;Donatore\nPasta e riso;11;09/04/2031;" + "x".repeat(161)
                + "\n", "Donatore");
    }

    private void assertInvalidImport(String csv, String field) {
        JsonNode problem = assertProblem(api.send("/api/v1/stock-lots/import", planner, "POST", csv, "text/csv"), 422);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void theSameSheetUploadedAgainAddsNoStock() {
        String sheet = """
                Categoria;Colli;Data arrivo;Scadenza
                Pasta e riso;17;07/04/2031;07/10/2031
                """;
        assertThat(api.send("/api/v1/stock-lots/import?filename=carico.csv", planner, "POST", sheet, "text/csv")
                .status()).isEqualTo(200);
        long after = lotCount();

        ApiClient.Response again = api.send("/api/v1/stock-lots/import?filename=carico-copia.csv", planner, "POST",
                "\uFEFF" + sheet.replace("\n", "\r\n"), "text/csv");

        JsonNode refused = assertProblem(again, 409);
        assertThat(refused.get("detail").asString()).contains("già stato importato", "carico.csv");
        assertThat(lotCount()).isEqualTo(after);
        assertThat(api.send("/api/v1/stock-lots/import", planner, "POST", sheet.replace(";17;", ";18;"), "text/csv")
                .status()).as("a different sheet").isEqualTo(200);
    }

    @Test
    void rejectsAWholeSheetWithOneBadRowAndListsTheProblemsByLine() {
        long before = lotCount();

        ApiClient.Response rejected = api.send("/api/v1/stock-lots/import", planner, "POST", """
                categoria,colli,data_arrivo
                Pasta e riso,10,2031-04-07
                Caviale,3,2031-04-07
                Bevande,-2,2031-04-07
                """, "text/csv");

        JsonNode problem = assertProblem(rejected, 422);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("line").asInt() + " "
                + error.get("field").asString() + " " + error.get("file").asString()))
                .containsExactly("3 categoria carico.csv", "4 colli carico.csv");
        assertThat(lotCount()).isEqualTo(before);
        assertProblem(api.send("/api/v1/stock-lots/import", planner, "POST", "", "text/csv"), 422);
        assertProblem(api.send("/api/v1/stock-lots/import", planner, "POST", "colli\n3\n", "text/csv"), 422);
        assertThat(lotCount()).isEqualTo(before);
    }

    @Test
    void isForPlannersOnly() {
        Auth coc = api.bearer(accounts.coc("015146"));

        assertProblem(api.get("/api/v1/stock-lots", coc), 403);
        assertProblem(api.send("/api/v1/stock-lots/import", coc, "POST", "categoria;colli;data_arrivo\n", "text/csv"),
                403);
    }

    private ApiClient.Response post(String json) {
        return api.post("/api/v1/stock-lots", planner, json);
    }

    private long lotCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stock_lot", Long.class);
    }
}
