package it.ccvmi.planner.api.web;

import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Problem documents speak Italian, the users' language: titles and details of the API's own problems, of
 * Spring's, of the sign-in filters and of the standard validation messages; a client asking for English
 * (Accept-Language: en) gets the standard validation messages and Spring's details in English.
 */
@ApiTest
class ProblemLanguageTest {

    private static final String VAN_WITHOUT_ORGANISATION = """
            {"label": "Ducato", "capacityKg": 1000, "capacityM3": 8, "refrigerated": false,
             "shiftStart": "09:00", "shiftEnd": "17:00"}""";

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    Auth planner;

    @BeforeEach
    void signIn() {
        planner = api.bearer(accounts.planner());
    }

    @Test
    void theApisOwnProblemsAreItalian() {
        JsonNode notFound = assertProblem(api.get("/api/v1/plans/2099-01-01", planner), 404);
        assertThat(notFound.get("title").asString()).isEqualTo("Non trovato");
        assertThat(notFound.get("detail").asString()).isEqualTo("nessun piano per il 2099-01-01");

        JsonNode badDate = assertProblem(api.get("/api/v1/plans/1999-12-31", planner), 400);
        assertThat(badDate.get("title").asString()).isEqualTo("Dati non validi");
        assertThat(badDate.get("errors").get(0).get("message").asString()).contains("fuori dall'intervallo");

        JsonNode malformed = assertProblem(api.post("/api/v1/vehicles", planner, "{"), 400);
        assertThat(malformed.get("errors").get(0).get("message").asString()).contains("JSON mancante o malformato");
    }

    @Test
    void springsAndTheSignInFiltersProblemsAreItalian() {
        JsonNode unsupported = assertProblem(api.send("/api/v1/vehicles", planner, "POST", "Iveco", "text/plain"), 415);
        assertThat(unsupported.get("title").asString()).isEqualTo("Formato non supportato");
        assertThat(unsupported.get("detail").asString()).contains("non è supportato");

        JsonNode missing = assertProblem(api.get("/api/v1/stock-lots/usable", planner), 400);
        assertThat(missing.get("detail").asString()).isEqualTo("manca il parametro obbligatorio 'date'");

        JsonNode anonymous = assertProblem(api.get("/api/v1/vehicles", Auth.NONE), 401);
        assertThat(anonymous.get("title").asString()).isEqualTo("Accesso richiesto");
        assertThat(anonymous.get("detail").asString()).startsWith("accedere con un token Bearer");

        JsonNode coc = assertProblem(api.get("/api/v1/vehicles", api.bearer(accounts.coc("015146"))), 403);
        assertThat(coc.get("title").asString()).isEqualTo("Non consentito");
    }

    @Test
    void standardValidationMessagesAreItalianAndEnglishOnRequest() {
        JsonNode italian = assertProblem(api.post("/api/v1/vehicles", planner, VAN_WITHOUT_ORGANISATION), 400);
        JsonNode english = assertProblem(api.send("/api/v1/vehicles", planner, "POST", VAN_WITHOUT_ORGANISATION,
                "application/json", "Accept-Language", "en"), 400);

        assertThat(italian.get("errors").get(0).get("message").asString()).isEqualTo("non deve essere vuoto");
        assertThat(english.get("errors").get(0).get("message").asString()).isEqualTo("must not be blank");
        assertThat(english.get("title").asString()).isEqualTo("Dati non validi");
    }
}
