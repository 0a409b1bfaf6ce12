package it.ccvmi.planner.api.transparency;

import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.schedule.PublishedPlans.Visit;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@ApiTest
@Import(PublishedPlans.class)
class StatisticsApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    PublishedPlans plans;

    LocalDate first;
    LocalDate last;

    /**
     * Three consecutive days: day 1 Milano pasta 120 kg + drinks 38 kg, Sesto DPI 7 kg; day 2 Milano pasta 60 kg
     * and a draft that must not count; day 3 a superseded version (100 boxes of medicines) and the published one
     * (1 box, 5 kg).
     */
    @BeforeEach
    void publishThreeDays() {
        first = plans.newDay();
        LocalDate second = plans.newDay();
        last = plans.newDay();
        plans.publish(first, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "PASTA_RISO", 10, "BEVANDE", 4),
                Visit.of(SESTO, LocalTime.of(9, 40), "DPI", 2));
        plans.publish(second, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "PASTA_RISO", 5));
        plans.draft(second, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "PASTA_RISO", 500));
        plans.publish(last, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "FARMACI", 100));
        plans.publish(last, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "FARMACI", 1));
    }

    @Test
    void anyoneReadsWhatThePublishedPlansDelivered() {
        Response response = api.get(period(first, last), Auth.NONE);

        assertThat(response.status()).isEqualTo(200);
        JsonNode statistics = response.json();
        assertThat(statistics.get("publishedDays").asInt()).isEqualTo(3);
        JsonNode totals = statistics.get("totals");
        assertThat(totals.get("stops").asLong()).isEqualTo(4);
        assertThat(totals.get("items").asLong()).isEqualTo(5);
        assertThat(totals.get("units").asLong()).isEqualTo(22);
        assertThat(totals.get("kg").decimalValue()).isEqualByComparingTo("230");
        assertThat(totals.get("comuniServed").asInt()).isEqualTo(2);

        assertThat(byKey(statistics.get("perFamily"), "family", "FOOD").get("kg").decimalValue())
                .isEqualByComparingTo("218");
        assertThat(byKey(statistics.get("perFamily"), "family", "MEDICAL").get("kg").decimalValue())
                .isEqualByComparingTo("12");
        JsonNode pasta = byKey(statistics.get("perCategory"), "goodsCode", "PASTA_RISO");
        assertThat(pasta.get("goodsName").asString()).isEqualTo("Pasta e riso");
        assertThat(pasta.get("units").asLong()).isEqualTo(15);
        assertThat(pasta.get("kg").decimalValue()).isEqualByComparingTo("180");

        JsonNode milano = byKey(statistics.get("perComune"), "istat", MILANO);
        assertThat(milano.get("name").asString()).isEqualTo("Milano");
        assertThat(milano.get("stops").asLong()).isEqualTo(3);
        assertThat(milano.get("kg").decimalValue()).isEqualByComparingTo("223");
        assertThat(byKey(milano.get("perCategory"), "goodsCode", "FARMACI").get("units").asLong()).isEqualTo(1);
        assertThat(byKey(statistics.get("perComune"), "istat", SESTO).get("kg").decimalValue())
                .isEqualByComparingTo("7");
    }

    @Test
    void aPeriodCountsOnlyItsOwnDays() {
        JsonNode secondDayOnly = api.get(period(first.plusDays(1), first.plusDays(1)), Auth.NONE).json();

        assertThat(secondDayOnly.get("publishedDays").asInt()).isEqualTo(1);
        assertThat(secondDayOnly.get("totals").get("kg").decimalValue()).isEqualByComparingTo("60");
        assertThat(secondDayOnly.get("perComune")).hasSize(1);
    }

    @Test
    void theStatisticsAreASheetLikeTheProgrammesTables() {
        Response csv = api.get(period(first, last), Auth.NONE, "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;");
        CsvTable table = CsvTable.read("statistics.csv", new StringReader(csv.body()));
        assertThat(table.header()).containsExactly("istat", "comune", "codice_merce", "categoria", "famiglia",
                "consegne", "unita", "kg", "unita_consegnate", "kg_consegnati");
        List<CsvRow> rows = table.rows();
        assertThat(rows).anySatisfy(row -> assertThat(row.values())
                .containsExactly(MILANO, "Milano", "PASTA_RISO", "Pasta e riso", "FOOD", "2", "15", "180", "0", "0"));
        assertThat(rows.get(rows.size() - 1).values()).containsExactly("", "TOTALE", "", "", "", "5", "22", "230", "0", "0");
    }

    @Test
    void aBadPeriodIsRefusedNamingTheField() {
        Response reversed = api.get(period(last, first), Auth.NONE);
        Response tooLong = api.get(period(first, first.plusDays(366)), Auth.NONE);
        Response badDate = api.get("/api/v1/public/statistics?from=2033-13-01&to=2033-12-31", Auth.NONE);
        Response missing = api.get("/api/v1/public/statistics?from=2033-01-01", Auth.NONE);

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(reversed.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("366");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("to");
        assertThat(api.get(period(first, first.plusDays(365)), Auth.NONE).status()).isEqualTo(200);
    }

    private static String period(LocalDate from, LocalDate to) {
        return "/api/v1/public/statistics?from=" + from + "&to=" + to;
    }

    private static JsonNode byKey(JsonNode array, String key, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.get(key).asString().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + "=" + value + " in " + array));
    }
}
