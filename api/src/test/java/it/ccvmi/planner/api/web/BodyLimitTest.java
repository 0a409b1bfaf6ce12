package it.ccvmi.planner.api.web;

import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Bodies and sheets have caps (413, nothing changed); a rejected sheet lists its first problems only. */
@ApiTest
class BodyLimitTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedBeforeSignIn() {
        String padding = "x".repeat(1_100_000);

        ApiClient.Response anonymous = api.post("/api/v1/sites", Auth.NONE, "{\"name\":\"" + padding + "\"}");
        ApiClient.Response planner = api.post("/api/v1/sites", api.bearer(accounts.planner()),
                "{\"name\":\"" + padding + "\"}");

        assertProblem(anonymous, 413);
        assertProblem(planner, 413);
    }

    @Test
    void aStreamedSheetOverTenMegabytesIsRefusedAndNothingIsImported() throws Exception {
        String header = "data_consegna;comune;categoria;unita\n";
        byte[] row = "2032-07-01;Milano;Pasta e riso;10\n".getBytes(StandardCharsets.UTF_8);
        int rows = 11 * 1024 * 1024 / row.length;
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < rows; i++) {
            parts.add(new ByteArrayInputStream(row));
        }
        // No Content-Length: the body arrives chunked and is counted while it is read.
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/requests/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + ((Auth.Bearer) api.bearer(accounts.planner())).token())
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(parts))))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(requests("2032-07-01")).isZero();
    }

    @Test
    void aSheetOfMoreThanFiftyThousandLinesIsRefused() {
        String sheet = "data_consegna;comune;categoria;unita\n"
                + "2032-07-02;Milano;Pasta e riso;1\n".repeat(50_001);

        assertProblem(api.send("/api/v1/requests/import", api.bearer(accounts.planner()), "POST", sheet,
                "text/csv"), 413);
        assertThat(requests("2032-07-02")).isZero();
    }

    @Test
    void aRejectedSheetListsTheFirstHundredProblemsAndTheirTotal() {
        String sheet = "data_consegna;comune;categoria;unita\n"
                + "2032-07-03;Atlantide;Pasta e riso;1\n".repeat(150);

        JsonNode problem = assertProblem(api.send("/api/v1/requests/import", api.bearer(accounts.planner()), "POST",
                sheet, "text/csv"), 422);

        assertThat(problem.get("total").asInt()).isEqualTo(150);
        assertThat(problem.get("errors").size()).isEqualTo(100);
        assertThat(problem.get("errors").get(99).get("line").asInt()).isEqualTo(101);
        assertThat(requests("2032-07-03")).isZero();
    }

    private long requests(String date) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_request WHERE delivery_date = ?", Long.class,
                LocalDate.parse(date));
    }
}
