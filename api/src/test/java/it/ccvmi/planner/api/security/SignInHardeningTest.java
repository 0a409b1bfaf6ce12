package it.ccvmi.planner.api.security;

import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.RawRequest;
import it.ccvmi.planner.api.support.RawRequest.Answer;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.account.ApiToken;
import it.ccvmi.planner.data.account.ApiTokenRepository;
import it.ccvmi.planner.data.account.AppUserRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** HTTP Basic where it is accepted, throttled failures, and bearer tokens that only the password issues. */
@ApiTest
class SignInHardeningTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokenRepository tokens;

    @Autowired
    AppUserRepository users;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileEvenForTheRightOne() {
        Account target = accounts.coc("015146");
        Account bystander = accounts.coc("015146");
        Auth wrong = Auth.basic(new Account(target.username(), "guessed password"));
        for (int i = 0; i < 5; i++) {
            assertProblem(api.get("/api/v1/auth/me", wrong), 401);
        }

        Response locked = api.get("/api/v1/auth/me", Auth.basic(target));

        assertProblem(locked, 429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(bystander)).status()).isEqualTo(200);
    }

    @Test
    void thirtyFailuresFromOneAddressBlockItForEveryAccount() {
        Account planner = accounts.planner();
        for (int i = 0; i < 30; i++) {
            Answer failed = RawRequest.sendFrom("127.0.0.3", api.baseUrl(), "GET", "/api/v1/auth/me",
                    basic("nobody-" + i, "guess " + i));
            assertThat(failed.status()).isEqualTo(401);
        }

        Answer blocked = RawRequest.sendFrom("127.0.0.3", api.baseUrl(), "GET", "/api/v1/auth/me",
                basic(planner.username(), planner.password()));
        Answer elsewhere = RawRequest.send(api.baseUrl(), "GET", "/api/v1/auth/me",
                basic(planner.username(), planner.password()));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(blocked.header("Retry-After")).isNotNull();
        assertThat(elsewhere.status()).isEqualTo(200);
    }

    @Test
    void basicCredentialsOnlyReadAndGetATokenSoACrossSiteFormCannotAct() {
        Account planner = accounts.planner();
        long published = publishedVersions();

        // What a form on another site can send when the browser has cached the planner's Basic credentials.
        Response form = api.send("/api/v1/plans/2033-06-01/versions/1/publish", Auth.basic(planner), "POST",
                "", "application/x-www-form-urlencoded");
        Response put = api.put("/api/v1/sites/1", Auth.basic(planner), "{}");

        assertProblem(form, 401);
        assertThat(form.json().get("detail").asString()).contains("Bearer");
        assertProblem(put, 401);
        assertThat(form.headers().allValues("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));
        assertThat(publishedVersions()).isEqualTo(published);
        assertThat(api.get("/api/v1/sites?kind=DEPOT", Auth.basic(planner)).status()).isEqualTo(200);
    }

    @Test
    void onlyThePasswordIssuesATokenAndATokenCannotExtendItself() {
        Account coc = accounts.coc("015146");
        Auth token = api.bearer(coc);

        Response minted = api.post("/api/v1/auth/tokens", token, "{\"validHours\": 2160}");

        assertProblem(minted, 403);
        assertThat(api.post("/api/v1/auth/tokens", Auth.basic(coc), "{\"validHours\": 1}").status())
                .isEqualTo(201);
    }

    @Test
    void anAccountListsAndRevokesItsOwnTokens() {
        Account coc = accounts.coc("015146");
        Response laptop = api.post("/api/v1/auth/tokens", Auth.basic(coc), "{\"label\": \"laptop\"}");
        Response script = api.post("/api/v1/auth/tokens", Auth.basic(coc), "{\"label\": \"script\"}");
        Auth laptopToken = new Auth.Bearer(laptop.json().get("token").asString());
        Auth scriptToken = new Auth.Bearer(script.json().get("token").asString());

        Response listed = api.get("/api/v1/auth/tokens", laptopToken);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().valueStream().map(item -> item.get("label").asString()))
                .containsExactly("script", "laptop");
        assertThat(listed.body()).doesNotContain(laptop.json().get("token").asString());
        long scriptId = script.json().get("id").asLong();
        Response stranger = api.delete("/api/v1/auth/tokens/" + scriptId, api.bearer(accounts.planner()));
        assertProblem(stranger, 404);
        assertThat(api.get("/api/v1/auth/me", scriptToken).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/auth/tokens/" + scriptId, laptopToken).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", scriptToken).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", laptopToken).status()).isEqualTo(200);
    }

    @Test
    void expiredTokensAreDeletedWhenATokenIsIssued() {
        Account coc = accounts.coc("015146");
        OffsetDateTime now = OffsetDateTime.now(clock);
        ApiToken expired = tokens.save(new ApiToken(users.findByUsername(coc.username()).orElseThrow(),
                "0".repeat(63) + "e", "old", now.minusDays(2), now.minusDays(1)));

        assertThat(api.post("/api/v1/auth/tokens", Auth.basic(coc), "{}").status()).isEqualTo(201);

        assertThat(tokens.findById(expired.getId())).isEmpty();
    }

    private long publishedVersions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM plan_version WHERE status = 'PUBLISHED'", Long.class);
    }

    private static String basic(String username, String password) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
