package it.ccvmi.planner.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.account.AppUserRepository;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ApiTest
class AccountApiTest {

    static final String MILANO = "015146";
    static final String STRONG = "una password lunga";

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AppUserRepository users;

    @Test
    void aPlannerCreatesACocAccountThatSignsInForItsComune() {
        var planner = api.bearer(accounts.planner());
        String name = unique("coc-milano");

        Response created = api.post("/api/v1/accounts", planner, """
                {"username": "%s", "password": "%s", "role": "COC", "comuneIstat": "%s"}
                """.formatted(name, STRONG, MILANO));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/accounts/" + name);
        assertThat(created.json().get("role").asString()).isEqualTo("COC");
        assertThat(created.json().get("comuneName").asString()).isEqualTo("Milano");
        assertThat(created.json().has("password")).isFalse();
        assertThat(users.findByUsername(name).orElseThrow().getPasswordHash()).startsWith("{bcrypt}")
                .doesNotContain(STRONG);
        Response me = api.get("/api/v1/auth/me", Auth.basic(new Account(name, STRONG)));
        assertThat(me.json().get("comuneIstat").asString()).isEqualTo(MILANO);
        JsonNode listed = byUsername(api.get("/api/v1/accounts", planner).json(), name);
        assertThat(listed.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void aPlannerCreatesAnotherPlanner() {
        String name = unique("planner");

        Response created = api.post("/api/v1/accounts", api.bearer(accounts.planner()), """
                {"username": "%s", "password": "%s", "role": "PLANNER"}
                """.formatted(name, STRONG));

        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/accounts", Auth.basic(new Account(name, STRONG))).status()).isEqualTo(200);
    }

    @Test
    void invalidAccountsAreRefusedNamingTheFieldAndNothingIsCreated() {
        var planner = api.bearer(accounts.planner());
        String name = unique("bad");
        List<String[]> cases = List.of(
                new String[] {"password", """
                        {"username": "%s", "password": "short", "role": "PLANNER"}"""},
                new String[] {"password", "{\"username\": \"%s\", \"password\": \"" + "à".repeat(40) // 80 bytes
                        + "\", \"role\": \"PLANNER\"}"},
                new String[] {"username", """
                        {"username": "%s with spaces", "password": "una password lunga", "role": "PLANNER"}"""},
                new String[] {"role", """
                        {"username": "%s", "password": "una password lunga"}"""},
                new String[] {"comuneIstat", """
                        {"username": "%s", "password": "una password lunga", "role": "COC"}"""},
                new String[] {"comuneIstat", """
                        {"username": "%s", "password": "una password lunga", "role": "COC", "comuneIstat": "999999"}"""},
                new String[] {"comuneIstat", """
                        {"username": "%s", "password": "una password lunga", "role": "PLANNER", "comuneIstat": "015146"}"""});

        for (String[] bad : cases) {
            Response refused = api.post("/api/v1/accounts", planner, bad[1].formatted(name));
            assertThat(refused.status()).as(bad[1]).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors")).as(bad[1])
                    .anySatisfy(error -> assertThat(error.get("field").asString()).isEqualTo(bad[0]));
        }
        assertThat(users.findByUsername(name)).isEmpty();
    }

    @Test
    void aDuplicateNameIsAConflict() {
        Account existing = accounts.coc(MILANO);

        Response duplicate = api.post("/api/v1/accounts", api.bearer(accounts.planner()), """
                {"username": "%s", "password": "%s", "role": "PLANNER"}
                """.formatted(existing.username(), STRONG));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(users.findByUsername(existing.username()).orElseThrow().getRole().name()).isEqualTo("COC");
    }

    @Test
    void aDeletedAccountCanNoLongerSignInNorUseItsTokens() {
        Account planner = accounts.planner();
        Account coc = accounts.coc(MILANO);
        Auth token = api.bearer(coc);

        Response deleted = api.delete("/api/v1/accounts/" + coc.username(), api.bearer(planner));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(coc)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/accounts/" + coc.username(), api.bearer(planner)).status()).isEqualTo(404);
        Response self = api.delete("/api/v1/accounts/" + planner.username(), api.bearer(planner));
        assertThat(self.status()).isEqualTo(409);
        assertThat(users.findByUsername(planner.username())).isPresent();
    }

    @Test
    void onlyPlannersManageAccounts() {
        var coc = api.bearer(accounts.coc(MILANO));
        Account victim = accounts.planner();

        assertThat(api.get("/api/v1/accounts", coc).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/accounts", coc, """
                {"username": "%s", "password": "%s", "role": "PLANNER"}""".formatted(unique("x"), STRONG)).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/accounts/" + victim.username(), coc).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/accounts", Auth.NONE).status()).isEqualTo(401);
        assertThat(users.findByUsername(victim.username())).isPresent();
    }

    @Test
    void anyAccountChangesItsOwnPassword() {
        Account coc = accounts.coc(MILANO);
        String newPassword = "un'altra password lunga";

        Auth token = api.bearer(coc);
        Response changed = api.put("/api/v1/auth/password", token, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(coc.password(), newPassword));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(coc)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", token).status()).as("tokens revoked with the old password")
                .isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(new Account(coc.username(), newPassword))).status())
                .isEqualTo(200);
    }

    @Test
    void aWrongCurrentOrWeakNewPasswordChangesNothing() {
        Account planner = accounts.planner();
        String hash = users.findByUsername(planner.username()).orElseThrow().getPasswordHash();

        Auth token = api.bearer(planner);
        Response wrongCurrent = api.put("/api/v1/auth/password", token, """
                {"currentPassword": "not the password", "newPassword": "%s"}""".formatted(STRONG));
        Response tooShort = api.put("/api/v1/auth/password", token, """
                {"currentPassword": "%s", "newPassword": "short"}""".formatted(planner.password()));
        Response same = api.put("/api/v1/auth/password", token, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(planner.password(), planner.password()));

        assertThat(field(wrongCurrent)).isEqualTo("currentPassword");
        assertThat(field(tooShort)).isEqualTo("newPassword");
        assertThat(field(same)).isEqualTo("newPassword");
        assertThat(api.put("/api/v1/auth/password", Auth.NONE, "{}").status()).isEqualTo(401);
        assertThat(users.findByUsername(planner.username()).orElseThrow().getPasswordHash()).isEqualTo(hash);
    }

    private static String field(Response refused) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        return refused.json().get("errors").get(0).get("field").asString();
    }

    private static JsonNode byUsername(JsonNode array, String username) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.get("username").asString().equals(username)).findFirst().orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
