package it.ccvmi.planner.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.account.AppUserRepository;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@ApiTest
class AuthenticationTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    @Test
    void theFirstPlannerAccountComesFromConfiguration() {
        Account first = new Account("planner", "first-planner-secret");

        ApiClient.Response me = api.get("/api/v1/auth/me", Auth.basic(first));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("PLANNER");
    }

    @Test
    void aBearerTokenSignsInAsItsAccount() {
        Account coc = accounts.coc("015146");

        ApiClient.Response me = api.get("/api/v1/auth/me", api.bearer(coc));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(coc.username());
        assertThat(me.json().get("comuneIstat").asString()).isEqualTo("015146");
    }

    @Test
    void wrongPasswordsAndUnknownTokensAreAnsweredWithAProblemDocument() {
        Account planner = accounts.planner();

        ApiClient.Response wrongPassword = api.get("/api/v1/auth/me",
                Auth.basic(new Account(planner.username(), "wrong")));
        ApiClient.Response unknownToken = api.get("/api/v1/auth/me", new Auth.Bearer("not-a-token"));
        ApiClient.Response anonymous = api.get("/api/v1/auth/me", Auth.NONE);

        for (ApiClient.Response response : new ApiClient.Response[] {wrongPassword, unknownToken, anonymous}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(401);
        }
        // No Basic challenge: a browser would ask for the password and then send it from any page.
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).containsExactly(
                "Bearer realm=\"Ci siAMO Planner\"");
    }

    @Test
    void aCocAccountCannotUsePlannerEndpoints() {
        ApiClient.Response metrics = api.get("/actuator/metrics", api.bearer(accounts.coc("015146")));

        assertThat(metrics.status()).isEqualTo(403);
        assertThat(metrics.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aConfiguredFirstPasswordMustFollowThePasswordRules() {
        assertThatThrownBy(() -> new FirstPlannerAccount(users, encoder, clock, "planner", "short", Path.of("var")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CISIAMO_PLANNER_PASSWORD")
                .hasMessageContaining("12 characters");
    }

    @Test
    void metricsAndHealthDetailsAreForPlannersOnly() {
        Account planner = accounts.planner();

        assertThat(api.get("/actuator/prometheus", Auth.NONE).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", api.bearer(accounts.coc("015146"))).status()).isEqualTo(403);
        ApiClient.Response scrape = api.get("/actuator/prometheus", Auth.basic(planner));
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");

        ApiClient.Response publicHealth = api.get("/actuator/health", Auth.NONE);
        ApiClient.Response cocHealth = api.get("/actuator/health", api.bearer(accounts.coc("015146")));
        ApiClient.Response plannerHealth = api.get("/actuator/health", api.bearer(planner));
        assertThat(publicHealth.status()).isEqualTo(200);
        assertThat(publicHealth.json().get("status").asString()).isEqualTo("UP");
        assertThat(publicHealth.json().has("components")).isFalse();
        assertThat(cocHealth.json().has("components")).isFalse();
        assertThat(plannerHealth.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }
}
