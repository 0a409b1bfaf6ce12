package it.ccvmi.planner.api.schedule;

import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.schedule.PublishedPlans.Stored;
import it.ccvmi.planner.api.schedule.PublishedPlans.Visit;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@ApiTest
@Import(PublishedPlans.class)
class ScheduleApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedPlans plans;

    @Test
    void aCocReadsItsOwnDeliveriesFromThePublishedPlan() {
        LocalDate day = plans.newDay();
        Stored stored = plans.publish(day, LocalTime.of(8, 0),
                Visit.of(SESTO, LocalTime.of(8, 40), "BEVANDE", 3),
                Visit.of(MILANO, LocalTime.of(9, 10), "PASTA_RISO", 10, "BEVANDE", 4));

        Response response = api.get(schedulePath(MILANO, day), api.bearer(accounts.coc(MILANO)));

        assertThat(response.status()).isEqualTo(200);
        JsonNode schedule = response.json();
        assertThat(schedule.get("istat").asString()).isEqualTo(MILANO);
        assertThat(schedule.get("comuneName").asString()).isEqualTo("Milano");
        assertThat(schedule.get("date").asString()).isEqualTo(day.toString());
        assertThat(schedule.get("planVersion").get("number").asInt()).isEqualTo(1);
        assertThat(schedule.get("planVersion").get("publishedAt").asString()).isNotBlank();
        assertThat(schedule.get("deliveries")).hasSize(1);
        JsonNode delivery = schedule.get("deliveries").get(0);
        assertThat(delivery.get("stopId").asLong()).isEqualTo(stored.stopIds().get(1));
        assertThat(delivery.get("sequence").asInt()).isEqualTo(2);
        assertThat(delivery.get("arrival").asString()).startsWith("09:10");
        assertThat(delivery.get("windowStart").asString()).startsWith("08:55");
        assertThat(delivery.get("windowEnd").asString()).startsWith("09:40");
        assertThat(delivery.get("siteName").asString()).isEqualTo(plans.cocOf(MILANO).getName());
        assertThat(delivery.get("siteKind").asString()).isEqualTo("COC");
        assertThat(delivery.get("lat").asDouble()).isBetween(45.3, 45.7);
        assertThat(delivery.get("vanLabel").asString()).isEqualTo(stored.vanLabel());
        assertThat(delivery.get("organisation").asString()).isEqualTo(PublishedPlans.ORGANISATION);
        assertThat(delivery.get("totalKg").decimalValue()).isEqualByComparingTo("158");
        JsonNode items = delivery.get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("goodsCode").asString()).isEqualTo("BEVANDE");
        assertThat(items.get(1).get("goodsCode").asString()).isEqualTo("PASTA_RISO");
        assertThat(items.get(1).get("goodsName").asString()).isEqualTo("Pasta e riso");
        assertThat(items.get(1).get("units").asInt()).isEqualTo(10);
        assertThat(items.get(1).get("unit").asString()).isEqualTo("CASE");
        assertThat(items.get(1).get("kg").decimalValue()).isEqualByComparingTo("120");
    }

    @Test
    void theWindowNeverOpensBeforeTheVanLeavesTheDepot() {
        LocalDate day = plans.newDay();
        plans.publish(day, LocalTime.of(9, 0), Visit.of(MILANO, LocalTime.of(9, 5), "DPI", 2));

        JsonNode delivery = api.get(schedulePath(MILANO, day), api.bearer(accounts.planner())).json()
                .get("deliveries").get(0);

        assertThat(delivery.get("windowStart").asString()).startsWith("09:00");
        assertThat(delivery.get("windowEnd").asString()).startsWith("09:35");
    }

    @Test
    void draftsAndSupersededVersionsAreNeverShown() {
        LocalDate day = plans.newDay();
        plans.draft(day, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "DPI", 1));
        var coc = api.bearer(accounts.coc(MILANO));

        Response onlyDraft = api.get(schedulePath(MILANO, day), coc);
        assertThat(onlyDraft.status()).isEqualTo(404);
        assertThat(onlyDraft.contentType()).startsWith("application/problem+json");
        assertThat(onlyDraft.json().get("detail").asString())
                .contains("nessun piano è ancora stato pubblicato per il " + day);

        plans.publish(day, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(10, 0), "DPI", 2));
        plans.draft(day, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(11, 0), "DPI", 3));
        JsonNode second = api.get(schedulePath(MILANO, day), coc).json();
        assertThat(second.get("planVersion").get("number").asInt()).isEqualTo(2);
        assertThat(second.get("deliveries").get(0).get("arrival").asString()).startsWith("10:00");

        plans.publish(day, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(12, 0), "DPI", 4));
        JsonNode fourth = api.get(schedulePath(MILANO, day), coc).json();
        assertThat(fourth.get("planVersion").get("number").asInt()).isEqualTo(4);
        assertThat(fourth.get("deliveries")).hasSize(1);
        assertThat(fourth.get("deliveries").get(0).get("items").get(0).get("units").asInt()).isEqualTo(4);
    }

    @Test
    void aComuneWithoutDeliveriesThatDayGetsAnEmptySchedule() {
        LocalDate day = plans.newDay();
        plans.publish(day, LocalTime.of(8, 0), Visit.of(SESTO, LocalTime.of(9, 0), "DPI", 1));

        Response response = api.get(schedulePath(MILANO, day), api.bearer(accounts.coc(MILANO)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("deliveries")).isEmpty();
    }

    @Test
    void aCocCannotReadAnotherComunesScheduleInAnyFormat() {
        LocalDate day = plans.newDay();
        plans.publish(day, LocalTime.of(8, 0), Visit.of(SESTO, LocalTime.of(9, 0), "DPI", 1));
        var milanoCoc = api.bearer(accounts.coc(MILANO));

        for (String path : List.of(schedulePath(SESTO, day), schedulePath(SESTO, day) + "&format=csv",
                "/api/v1/coc/" + SESTO + "/schedule.ics?date=" + day, "/api/v1/coc/" + SESTO + "/calendar.ics")) {
            Response refused = api.get(path, milanoCoc);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(api.get(schedulePath(SESTO, day), Auth.NONE).status()).isEqualTo(401);
        assertThat(api.get(schedulePath(SESTO, day), api.bearer(accounts.coc(SESTO))).status()).isEqualTo(200);
    }

    @Test
    void badInputIsAnsweredWithAProblemNamingTheField() {
        var planner = api.bearer(accounts.planner());

        Response badDate = api.get("/api/v1/coc/" + MILANO + "/schedule?date=2033-02-30", planner);
        Response noDate = api.get("/api/v1/coc/" + MILANO + "/schedule", planner);
        Response unknownComune = api.get(schedulePath("999999", plans.newDay()), planner);
        Response unknownComuneCsv = api.get(schedulePath("999999", plans.newDay()), planner, "text/csv");

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().get("detail").asString()).contains("date");
        for (Response notFound : List.of(unknownComune, unknownComuneCsv)) {
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.contentType()).startsWith("application/problem+json");
            assertThat(notFound.json().get("detail").asString()).contains("999999");
        }
    }

    @Test
    void theScheduleIsASheetForItalianExcelByAcceptHeaderOrFormatParameter() {
        LocalDate day = plans.newDay();
        Stored stored = plans.publish(day, LocalTime.of(8, 0),
                Visit.of(MILANO, LocalTime.of(9, 10), "PASTA_RISO", 10, "FORMAGGI_LATTICINI", 5));
        var coc = api.bearer(accounts.coc(MILANO));

        Response byAccept = api.get(schedulePath(MILANO, day), coc, "text/csv");
        Response byParameter = api.get(schedulePath(MILANO, day) + "&format=csv", coc);

        for (Response csv : List.of(byAccept, byParameter)) {
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
            assertThat(csv.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"consegne-" + MILANO + "-" + day + ".csv\"");
            assertThat(csv.body()).startsWith("\uFEFFdata;arrivo_previsto;finestra_dalle;finestra_alle;tappa;");
        }
        CsvTable table = CsvTable.read("schedule.csv", new StringReader(byAccept.body()));
        List<CsvRow> rows = table.rows();
        assertThat(rows).hasSize(2);
        CsvRow cheese = rows.get(0);
        assertThat(cheese.value(table.columnOf(List.of("data")))).isEqualTo(String.format("%02d/%02d/%d",
                day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
        assertThat(cheese.value(table.columnOf(List.of("finestra_dalle")))).isEqualTo("08:55");
        assertThat(cheese.value(table.columnOf(List.of("furgone")))).isEqualTo(stored.vanLabel());
        assertThat(cheese.value(table.columnOf(List.of("organizzazione")))).isEqualTo(PublishedPlans.ORGANISATION);
        assertThat(cheese.value(table.columnOf(List.of("merce")))).isEqualTo("Formaggi e latticini");
        assertThat(cheese.value(table.columnOf(List.of("kg")))).isEqualTo("30");
        assertThat(rows.get(1).value(table.columnOf(List.of("codice_merce")))).isEqualTo("PASTA_RISO");
        assertThat(rows.get(1).value(table.columnOf(List.of("versione_piano")))).isEqualTo("1");
    }

    @Test
    void theOpenApiDocumentDescribesEveryFormat() {
        Response docs = api.get("/v3/api-docs", Auth.NONE);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode schedule = docs.json().get("paths").get("/api/v1/coc/{istat}/schedule").get("get");
        assertThat(schedule.get("responses").get("200").get("content").propertyNames())
                .contains("application/json", "text/csv", "text/calendar");
        assertThat(docs.json().get("paths").has("/api/v1/coc/{istat}/calendar.ics")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/public/statistics")).isTrue();
    }

    static String schedulePath(String istat, LocalDate day) {
        return "/api/v1/coc/" + istat + "/schedule?date=" + day;
    }
}
