package it.ccvmi.planner.api.web;

import static it.ccvmi.planner.api.support.Problems.assertInvalidField;
import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A date far outside the service's years is a 400 on every endpoint that reads a date, never stored. */
@ApiTest
class ServiceDateTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "1999-12-31", "2100-01-01", "0000-01-01"})
    void everyDateParameterIsWithinTheServiceYears(String date) {
        Auth planner = api.bearer(accounts.planner());
        Auth coc = api.bearer(accounts.coc("015146"));

        assertInvalidField(api.get("/api/v1/requests?date=" + date, planner), "date");
        assertInvalidField(api.get("/api/v1/requests/export?date=" + date, planner), "date");
        assertInvalidField(api.get("/api/v1/stock-lots?date=" + date, planner), "date");
        assertInvalidField(api.get("/api/v1/plans/" + date, planner), "date");
        assertInvalidField(api.get("/api/v1/plans/" + date + "/published", planner), "date");
        assertInvalidField(api.get("/api/v1/coc/015146/schedule?date=" + date, coc), "date");
        assertInvalidField(api.get("/api/v1/public/statistics?from=" + date + "&to=2031-01-01", Auth.NONE),
                "from");
        assertInvalidField(api.get("/layers/routes.geojson?date=" + date, Auth.NONE), "date");
        assertThat(api.get("/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cisiamo:routes&date="
                + date, Auth.NONE).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "1999-12-31", "2100-01-01"})
    void everyDateInABodyOrASheetIsWithinTheServiceYears(String date) {
        Auth planner = api.bearer(accounts.planner());

        assertInvalidField(api.post("/api/v1/plans", planner, "{\"date\": \"" + date + "\"}"), "date");
        assertInvalidField(api.post("/api/v1/stock-lots", planner, """
                {"goodsCode": "PASTA", "units": 10, "arrivalDate": "%s"}""".formatted(date)), "arrivalDate");
        JsonNode rejected = assertProblem(api.send("/api/v1/requests/import", planner, "POST", """
                data_consegna;comune;categoria;unita
                %s;Milano;Pasta e riso;10
                """.formatted(date), "text/csv"), 422);
        assertThat(rejected.get("errors").get(0).get("field").asString()).isEqualTo("data_consegna");
        assertThat(rejected.get("errors").get(0).get("message").asString()).contains("2000-01-01");
    }
}
