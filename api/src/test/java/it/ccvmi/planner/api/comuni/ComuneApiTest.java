package it.ccvmi.planner.api.comuni;

import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ApiTest
class ComuneApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Test
    void listsAllComuniWithFactsAndPointButNoBoundary() {
        ApiClient.Response list = api.get("/api/v1/comuni", api.bearer(accounts.planner()));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(133);
        JsonNode milano = list.json().valueStream().filter(c -> c.get("istatCode").asString().equals("015146"))
                .findFirst().orElseThrow();
        assertThat(milano.get("name").asString()).isEqualTo("Milano");
        assertThat(milano.get("population").asInt()).isGreaterThan(1_000_000);
        assertThat(milano.get("areaKm2").asDouble()).isBetween(150.0, 200.0);
        assertThat(milano.get("lon").asDouble()).isBetween(9.0, 9.3);
        assertThat(milano.get("lat").asDouble()).isBetween(45.4, 45.55);
        assertThat(milano.has("boundary")).isFalse();
    }

    @Test
    void filtersByExactNameIgnoringCaseAndAccentsOrByPartOfTheName() {
        var planner = api.bearer(accounts.planner());

        JsonNode exact = api.get("/api/v1/comuni?name=SESTO%20SAN%20GIOVANNI", planner).json();
        JsonNode part = api.get("/api/v1/comuni?q=san%20giuliano", planner).json();
        JsonNode none = api.get("/api/v1/comuni?name=Roma", planner).json();

        assertThat(exact.valueStream().map(c -> c.get("istatCode").asString())).containsExactly("015209");
        assertThat(part.valueStream().map(c -> c.get("name").asString())).containsExactly("San Giuliano Milanese");
        assertThat(none.size()).isZero();
    }

    @Test
    void answersOneComuneByIstatCodeOr404() {
        var planner = api.bearer(accounts.planner());

        ApiClient.Response sesto = api.get("/api/v1/comuni/015209", planner);
        ApiClient.Response unknown = api.get("/api/v1/comuni/999999", planner);

        assertThat(sesto.status()).isEqualTo(200);
        assertThat(sesto.json().get("name").asString()).isEqualTo("Sesto San Giovanni");
        assertProblem(unknown, 404);
    }

    @Test
    void needsAPlannerAccount() {
        assertProblem(api.get("/api/v1/comuni", Auth.NONE), 401);
        assertProblem(api.get("/api/v1/comuni", api.bearer(accounts.coc("015146"))), 403);
    }
}
