package it.ccvmi.planner.api.portal;

import static it.ccvmi.planner.api.portal.PortalTestClock.MONDAY_AFTER_DEADLINE;
import static it.ccvmi.planner.api.portal.PortalTestClock.MONDAY_MORNING;
import static it.ccvmi.planner.api.portal.PortalTestClock.TUESDAY;
import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.schedule.PublishedPlans.Visit;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.MovableClock;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The COC portal's API through HTTP: deadline, outcome, calendar link, accounts and forgotten passwords. */
@ApiTest
@Import({PortalTestClock.class, PublishedPlans.class})
class PortalApiTest {

    /** Rho: a comune the portal's browser test leaves alone (it shares this application and database). */
    static final String RHO = "015182";

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedPlans plans;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Auth planner;

    @BeforeEach
    void mondayMorning() {
        clock.moveTo(MONDAY_MORNING);
        planner = api.bearer(accounts.planner());
    }

    @AfterEach
    void backToMondayMorning() {
        clock.moveTo(MONDAY_MORNING);
    }

    @Test
    void theNextDeliveryDaysCarryTheirDeadlineInRome() {
        Auth coc = api.bearer(accounts.coc(MILANO));

        JsonNode portal = ok(api.get("/api/v1/coc/" + MILANO + "/portal", coc));

        assertThat(portal.get("comuneName").asString()).isEqualTo("Milano");
        assertThat(portal.get("days").get(0).get("date").asString()).isEqualTo("2031-06-10");
        assertThat(portal.get("days").get(0).get("deadline").asString()).isEqualTo("2031-06-09T18:00:00+02:00");
        assertThat(portal.get("days").get(0).get("open").asBoolean()).isTrue();
        assertThat(portal.get("days").get(5).get("date").asString()).as("no Sunday").isEqualTo("2031-06-16");
        assertThat(portal.get("sites").findValuesAsString("kind")).contains("COC");
        assertThat(portal.get("goods").findValuesAsString("code")).contains("PASTA_RISO", "BEVANDE");
    }

    @Test
    void aCocChangesRequestsUntilTheDeadlineAndNothingAfterIt() {
        Auth coc = api.bearer(accounts.coc(RHO));
        long site = plans.cocOf(RHO).getId();
        long pasta = ok(api.post("/api/v1/requests", coc, request(site, TUESDAY, "PASTA_RISO", 40))).get("id").asLong();

        clock.moveTo(MONDAY_AFTER_DEADLINE);
        Response created = api.post("/api/v1/requests", coc, request(site, TUESDAY, "BEVANDE", 5));
        Response changed = api.put("/api/v1/requests/" + pasta, coc, request(site, TUESDAY, "PASTA_RISO", 50));
        Response withdrawn = api.delete("/api/v1/requests/" + pasta, coc);
        Response imported = api.send("/api/v1/requests/import", coc, "POST",
                "data_consegna;codice_istat;comune;struttura;categoria;unita;stato\r\n10/06/2031;" + RHO
                        + ";;;FARMACI;2;\r\n", "text/csv");

        for (Response refused : List.of(created, changed, withdrawn, imported)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:cisiamo:problem:requests-closed");
            assertThat(refused.json().get("title").asString()).isEqualTo("Richieste chiuse");
            assertThat(refused.json().get("detail").asString()).startsWith(
                    "Le richieste per martedì 10/06/2031 si sono chiuse lunedì 09/06/2031 alle 18:00");
        }
        JsonNode left = ok(api.get("/api/v1/requests?date=" + TUESDAY + "&comune=" + RHO, coc));
        assertThat(left.findValuesAsString("goodsCode")).containsExactly("PASTA_RISO");
        assertThat(left.get(0).get("units").asInt()).isEqualTo(40);

        assertThat(api.post("/api/v1/requests", coc, request(site, TUESDAY.plusDays(1), "BEVANDE", 5)).status())
                .as("Wednesday is still open").isEqualTo(201);
        assertThat(api.put("/api/v1/requests/" + pasta, planner, request(site, TUESDAY, "PASTA_RISO", 45)).status())
                .as("planners correct requests after the deadline").isEqualTo(200);
    }

    @Test
    void afterPublicationTheCocReadsRequestedAndAllocatedPerCategoryAndItsPostponedDeliveries() {
        LocalDate day = TUESDAY.plusDays(2);
        Auth coc = api.bearer(accounts.coc(MILANO));
        ok(api.post("/api/v1/requests", coc, request(plans.cocOf(MILANO).getId(), day, "PASTA_RISO", 40)));
        ok(api.post("/api/v1/requests", planner, request(plans.cocOf(SESTO).getId(), day, "PASTA_RISO", 60)));
        plans.publish(day, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 0), "PASTA_RISO", 28),
                Visit.of(SESTO, LocalTime.of(10, 0), "PASTA_RISO", 42));
        jdbc.update("""
                UPDATE plan_version SET result_json = ? WHERE status = 'PUBLISHED'
                    AND plan_id = (SELECT id FROM plan WHERE delivery_date = ?)""", """
                {"unassigned": [{"siteName": "COC Milano", "comuneIstat": "015146", "kg": 60, "reason":
                    "NO_REFRIGERATED_VAN", "detail": "chilled", "goods": [{"goodsCode": "FORMAGGI_LATTICINI",
                    "units": 10}]}, {"siteName": "COC Sesto San Giovanni", "comuneIstat": "015209", "kg": 8,
                    "reason": "SHIFT_TOO_SHORT", "goods": [{"goodsCode": "BEVANDE", "units": 1}]}]}""", day);

        JsonNode outcome = ok(api.get("/api/v1/coc/" + MILANO + "/outcome?date=" + day, coc));

        JsonNode pasta = outcome.get("categories").get(0);
        assertThat(pasta.get("goodsCode").asString()).isEqualTo("PASTA_RISO");
        assertThat(pasta.get("requested").asInt()).isEqualTo(40);
        assertThat(pasta.get("allocated").asInt()).isEqualTo(28);
        assertThat(pasta.get("coverageOfAllComuni").asDouble()).isEqualTo(0.7);
        assertThat(outcome.get("postponed")).hasSize(1);
        assertThat(outcome.at("/postponed/0/goodsCode").asString()).isEqualTo("FORMAGGI_LATTICINI");
        assertThat(outcome.at("/postponed/0/reason").asString()).isEqualTo("NO_REFRIGERATED_VAN");
        assertThat(api.get("/api/v1/coc/" + MILANO + "/outcome?date=" + day.plusDays(30), coc).status())
                .as("no published plan").isEqualTo(404);
    }

    @Test
    void theCalendarLinkAnswersWithoutCredentialsUntilItIsRenewedOrRevoked() throws Exception {
        LocalDate day = TUESDAY.plusDays(3);
        plans.publish(day, LocalTime.of(8, 0), Visit.of(MILANO, LocalTime.of(9, 30), "BEVANDE", 3));
        Auth coc = api.bearer(accounts.coc(MILANO));

        Response created = api.post("/api/v1/coc/" + MILANO + "/calendar-link", coc, "");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String url = created.json().get("url").asString();
        String path = url.substring(url.indexOf("/api/v1/public/calendars/"));
        String secret = path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());

        Response feed = api.get(path, Auth.NONE, "text/calendar");
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_link WHERE secret_hash = ?", Integer.class,
                secret)).as("only a hash of the secret is stored").isZero();
        assertThat(ok(api.get("/api/v1/coc/" + MILANO + "/calendar-link", coc)).get("active").asBoolean()).isTrue();

        String renewed = api.post("/api/v1/coc/" + MILANO + "/calendar-link", coc, "").json().get("url").asString();
        String renewedPath = renewed.substring(renewed.indexOf("/api/v1/public/calendars/"));
        assertThat(api.get(path, Auth.NONE, "text/calendar").status()).as("the old link").isEqualTo(404);
        assertThat(api.get(renewedPath, Auth.NONE, "text/calendar").status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/coc/" + MILANO + "/calendar-link", coc).status()).isEqualTo(204);
        assertThat(api.get(renewedPath, Auth.NONE, "text/calendar").status()).isEqualTo(404);
        assertThat(ok(api.get("/api/v1/coc/" + MILANO + "/calendar-link", coc)).get("active").asBoolean()).isFalse();
    }

    @Test
    void aPlannerCreatesCocAccountsFromASheetAllOrNone() {
        String bad = "nome_utente;password;codice_istat\r\ncoc-corsico;;015093\r\ncoc-rho;corto;015182\r\n"
                + "coc-nessuno;;999999\r\n";
        Response refused = api.send("/api/v1/accounts/import", planner, "POST", bad, "text/csv");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValues("line").stream().map(JsonNode::asInt))
                .containsExactly(3, 4);
        assertThat(api.get("/api/v1/accounts", planner).json().findValuesAsString("username"))
                .doesNotContain("coc-corsico");

        Response created = api.send("/api/v1/accounts/import", planner, "POST",
                "nome_utente;password;codice_istat\r\ncoc-corsico;;015093\r\ncoc-rho;rho-password-lunga;015182\r\n",
                "text/csv");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String generated = created.json().get(0).get("password").asString();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(new Account("coc-corsico", generated))).json()
                .get("comuneIstat").asString()).isEqualTo("015093");
        assertThat(api.get("/api/v1/auth/me", Auth.basic(new Account("coc-rho", "rho-password-lunga"))).status())
                .isEqualTo(200);
    }

    @Test
    void aForgottenPasswordIsAskedWithoutSignInAndSetByAPlanner() {
        Account coc = accounts.coc(MILANO);
        assertThat(api.post("/api/v1/public/password-help", Auth.NONE, "{\"username\": \"" + coc.username() + "\"}")
                .status()).isEqualTo(202);
        assertThat(api.post("/api/v1/public/password-help", Auth.NONE, "{\"username\": \"nobody-here\"}").status())
                .as("the same answer for an unknown account").isEqualTo(202);
        assertThat(ok(api.get("/api/v1/accounts/password-help", planner)).findValuesAsString("username"))
                .contains(coc.username()).doesNotContain("nobody-here");

        assertThat(api.put("/api/v1/accounts/" + coc.username() + "/password", planner,
                "{\"newPassword\": \"una nuova password lunga\"}").status()).isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", Auth.basic(coc)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(new Account(coc.username(), "una nuova password lunga")))
                .status()).isEqualTo(200);
        assertThat(ok(api.get("/api/v1/accounts/password-help", planner)).findValuesAsString("username"))
                .doesNotContain(coc.username());
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        Account coc = accounts.coc(MILANO);
        String path = "/api/v1/accounts/" + coc.username() + "/enabled";

        assertThat(api.put(path, planner, "{\"enabled\": false}").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(coc)).status()).isEqualTo(401);
        assertThat(api.put(path, planner, "{\"enabled\": true}").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", Auth.basic(coc)).status()).isEqualTo(200);
    }

    @Test
    void thePagesMapsAreOfflineByDefault() {
        JsonNode settings = ok(api.get("/api/v1/public/map-settings", Auth.NONE));

        assertThat(settings.get("baseLayerUrl").isNull()).isTrue();
        assertThat(settings.get("attribution").isNull()).isTrue();
    }

    private static String request(long siteId, LocalDate date, String goodsCode, int units) {
        return "{\"siteId\": %d, \"date\": \"%s\", \"goodsCode\": \"%s\", \"units\": %d}".formatted(siteId, date,
                goodsCode, units);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }
}
