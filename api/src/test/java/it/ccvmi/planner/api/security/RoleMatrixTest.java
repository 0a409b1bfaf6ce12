package it.ccvmi.planner.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.schedule.PublishedPlans.Visit;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestAccounts.Account;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The rule "a COC token cannot read or change another comune's data on any endpoint", checked on every
 * /api/v1 endpoint the running application maps: a new endpoint fails {@link #everyEndpointIsClassified} until
 * it is given its access class below, and then gets the whole matrix (anonymous, COC of comune A on its own and
 * on comune B's data, planner). Forbidden calls must leave the database as it was.
 */
@ApiTest
@Import(PublishedPlans.class)
class RoleMatrixTest {

    static final String COMUNE_A = PublishedPlans.MILANO;
    static final String COMUNE_B = PublishedPlans.SESTO;

    /** Who may call an endpoint. */
    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in account, acting on itself. */
        SIGNED_IN,
        /** Any account signing in with its password (HTTP Basic): a bearer token gets 403. */
        PASSWORD,
        /** Planners only: COC accounts get 403. */
        PLANNER,
        /**
         * Data of the comune the call names ({istat}, {site} or a request {id} of it, in path, query or body):
         * planners, and the COC accounts of that comune; a COC account gets 403 for another comune.
         */
        COMUNE_SCOPED,
        /** Any signed-in account, but a COC account gets only its own comune's rows (never comune B's code). */
        OWN_ROWS
    }

    /**
     * How the matrix calls an endpoint: access class, query string and body, where {istat}, {site} and {id} stand
     * for the comune the call is about (its COC site, one of its requests) and {date} for a published 2033 day.
     * Bodies of POST/PUT are sent as JSON unless a content type is given.
     */
    record Rule(Access access, String query, String body, String contentType) {

        static Rule of(Access access) {
            return new Rule(access, "", "{}", null);
        }

        static Rule of(Access access, String query) {
            return new Rule(access, query, "{}", null);
        }

        static Rule withBody(Access access, String body) {
            return new Rule(access, "", body, null);
        }
    }

    /** Every /api/v1 endpoint, as "METHOD pattern". Add new endpoints here. */
    static final Map<String, Rule> CLASSIFICATION = Map.ofEntries(
            Map.entry("POST /api/v1/auth/tokens", Rule.of(Access.PASSWORD)),
            Map.entry("GET /api/v1/auth/tokens", Rule.of(Access.SIGNED_IN)),
            Map.entry("DELETE /api/v1/auth/tokens/{id}", Rule.of(Access.SIGNED_IN)),
            Map.entry("GET /api/v1/auth/me", Rule.of(Access.SIGNED_IN)),
            Map.entry("PUT /api/v1/auth/password", Rule.of(Access.SIGNED_IN)),
            Map.entry("GET /api/v1/accounts", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/accounts", Rule.of(Access.PLANNER)),
            Map.entry("DELETE /api/v1/accounts/{username}", Rule.of(Access.PLANNER)),
            Map.entry("PUT /api/v1/accounts/{username}/password", Rule.of(Access.PLANNER)),
            Map.entry("PUT /api/v1/accounts/{username}/enabled", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/accounts/password-help", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/accounts/import", new Rule(Access.PLANNER, "",
                    "nome_utente;password;codice_istat\r\n", "text/csv")),
            Map.entry("GET /api/v1/coc/{istat}/schedule", Rule.of(Access.COMUNE_SCOPED, "?date={date}")),
            Map.entry("GET /api/v1/coc/{istat}/schedule.ics", Rule.of(Access.COMUNE_SCOPED, "?date={date}")),
            Map.entry("GET /api/v1/coc/{istat}/calendar.ics", Rule.of(Access.COMUNE_SCOPED)),
            Map.entry("GET /api/v1/public/statistics", Rule.of(Access.PUBLIC, "?from={date}&to={date}")),
            // the COC portal (issue 13): its choices, a day's outcome, the private calendar link and its feed
            Map.entry("GET /api/v1/coc/{istat}/portal", Rule.of(Access.COMUNE_SCOPED)),
            Map.entry("GET /api/v1/coc/{istat}/outcome", Rule.of(Access.COMUNE_SCOPED, "?date={date}")),
            Map.entry("GET /api/v1/coc/{istat}/calendar-link", Rule.of(Access.COMUNE_SCOPED)),
            Map.entry("POST /api/v1/coc/{istat}/calendar-link", Rule.of(Access.COMUNE_SCOPED)),
            Map.entry("DELETE /api/v1/coc/{istat}/calendar-link", Rule.of(Access.COMUNE_SCOPED)),
            Map.entry("GET /api/v1/public/calendars/{secret}.ics", Rule.of(Access.PUBLIC)),
            Map.entry("GET /api/v1/public/map-settings", Rule.of(Access.PUBLIC)),
            Map.entry("POST /api/v1/public/password-help", Rule.withBody(Access.PUBLIC, "{\"username\": \"nobody\"}")),
            // delivery requests: COC accounts see and change their own comune's only
            Map.entry("GET /api/v1/requests", Rule.of(Access.COMUNE_SCOPED, "?date={date}&comune={istat}")),
            Map.entry("GET /api/v1/requests/{id}", Rule.of(Access.COMUNE_SCOPED)),
            Map.entry("POST /api/v1/requests", Rule.withBody(Access.COMUNE_SCOPED,
                    "{\"siteId\": {site}, \"date\": \"{date}\", \"goodsCode\": \"FARMACI\", \"units\": 1}")),
            Map.entry("PUT /api/v1/requests/{id}", Rule.withBody(Access.COMUNE_SCOPED,
                    "{\"siteId\": {site}, \"date\": \"{date}\", \"goodsCode\": \"DPI\", \"units\": 99}")),
            Map.entry("DELETE /api/v1/requests/{id}", Rule.of(Access.COMUNE_SCOPED)),
            Map.entry("POST /api/v1/requests/import", new Rule(Access.COMUNE_SCOPED, "",
                    "data_consegna;codice_istat;comune;struttura;categoria;unita;stato\r\n{date};{istat};;;FARMACI;2;\r\n",
                    "text/csv")),
            Map.entry("GET /api/v1/requests/export", Rule.of(Access.OWN_ROWS, "?date={date}")),
            // reference data and the fleet: planners
            Map.entry("GET /api/v1/comuni", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/comuni/{istat}", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/sites", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/sites", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/sites/{id}", Rule.of(Access.PLANNER)),
            Map.entry("PUT /api/v1/sites/{id}", Rule.of(Access.PLANNER)),
            Map.entry("DELETE /api/v1/sites/{id}", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/goods-types", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/goods-types", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/goods-types/{code}", Rule.of(Access.PLANNER)),
            Map.entry("PUT /api/v1/goods-types/{code}", Rule.of(Access.PLANNER)),
            Map.entry("DELETE /api/v1/goods-types/{code}", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/stock-lots", Rule.of(Access.PLANNER, "?date={date}")),
            Map.entry("POST /api/v1/stock-lots", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/stock-lots/{id}", Rule.of(Access.PLANNER)),
            Map.entry("PUT /api/v1/stock-lots/{id}", Rule.of(Access.PLANNER)),
            Map.entry("DELETE /api/v1/stock-lots/{id}", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/stock-lots/import", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/stock-lots/export", Rule.of(Access.PLANNER, "?date={date}")),
            Map.entry("GET /api/v1/stock-lots/usable", Rule.of(Access.PLANNER, "?date={date}")),
            Map.entry("GET /api/v1/stock/ledger", Rule.of(Access.PLANNER, "?date={date}")),
            Map.entry("GET /api/v1/vehicles", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/vehicles", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/vehicles/{id}", Rule.of(Access.PLANNER)),
            Map.entry("PUT /api/v1/vehicles/{id}", Rule.of(Access.PLANNER)),
            Map.entry("DELETE /api/v1/vehicles/{id}", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/vehicles/import", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/vehicles/export", Rule.of(Access.PLANNER)),
            // the fleet of a day (Furgoni del giorno): planners
            Map.entry("GET /api/v1/fleet/{date}", Rule.of(Access.PLANNER)),
            Map.entry("PUT /api/v1/fleet/{date}/{vehicleId}", Rule.withBody(Access.PLANNER,
                    "{\"available\": false, \"crew\": \"matrice\"}")),
            Map.entry("DELETE /api/v1/fleet/{date}/{vehicleId}", Rule.of(Access.PLANNER)),
            // planning jobs and plan versions: planners (an invalid time limit, so the matrix starts no solve)
            Map.entry("POST /api/v1/plans", Rule.withBody(Access.PLANNER,
                    "{\"date\": \"{date}\", \"timeLimitSeconds\": 0}")),
            Map.entry("GET /api/v1/plans/jobs", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/jobs/{jobId}", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/jobs/{jobId}/events", Rule.of(Access.PLANNER)),
            Map.entry("DELETE /api/v1/plans/jobs/{jobId}", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/{date}", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/{date}/published", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/{date}/versions/{number}", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/plans/{date}/versions/{number}/publish", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/{date}/versions/{number}/changes", Rule.of(Access.PLANNER)),
            Map.entry("POST /api/v1/plans/{date}/replans", Rule.withBody(Access.PLANNER,
                    "{\"at\": \"11:00\", \"timeLimitSeconds\": 0}")),
            // Delivering a published version (issue 14): planners' manifests and links; the crews' calls carry
            // the route link's token instead of an account (an unknown token finds nothing: 404).
            Map.entry("GET /api/v1/plans/{date}/versions/{number}/routes/{routeId}/manifest", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/{date}/versions/{number}/routes/{routeId}/manifest.pdf",
                    Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/plans/{date}/versions/{number}/crew-links", Rule.of(Access.PLANNER)),
            Map.entry("GET /api/v1/crew/{token}", Rule.of(Access.PUBLIC)),
            Map.entry("POST /api/v1/crew/{token}/stops/{stopId}/confirmation", Rule.withBody(Access.PUBLIC,
                    "{\"confirmationId\": \"3f2b1c4e-8d1a-4c7e-9b0a-2e5f6a7b8c9d\", \"outcome\": \"DELIVERED\","
                            + " \"confirmedAt\": \"2033-01-03T10:12:00+01:00\"}")));

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedPlans plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeliveryRequestRepository requests;

    LocalDate day;
    Auth cocOfA;
    Auth planner;
    Auth cocOfAPassword;
    Auth plannerPassword;

    @BeforeEach
    void publishADayForBothComuni() {
        day = plans.newDay();
        plans.publish(day, LocalTime.of(8, 0), Visit.of(COMUNE_A, LocalTime.of(9, 0), "PASTA_RISO", 3),
                Visit.of(COMUNE_B, LocalTime.of(10, 0), "BEVANDE", 2));
        Account coc = accounts.coc(COMUNE_A);
        Account plannerAccount = accounts.planner();
        cocOfA = api.bearer(coc);
        planner = api.bearer(plannerAccount);
        cocOfAPassword = Auth.basic(coc);
        plannerPassword = Auth.basic(plannerAccount);
    }

    @Test
    void everyEndpointIsClassified() {
        Set<String> mapped = endpoints();

        assertThat(mapped).as("endpoints without an access class in RoleMatrixTest.CLASSIFICATION")
                .isSubsetOf(CLASSIFICATION.keySet());
        assertThat(CLASSIFICATION.keySet()).as("classified endpoints the application no longer has")
                .isSubsetOf(mapped);
    }

    @TestFactory
    Stream<DynamicTest> theRoleMatrixHoldsOnEveryEndpoint() {
        return endpoints().stream().filter(CLASSIFICATION::containsKey)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> check(endpoint, CLASSIFICATION.get(endpoint))));
    }

    private void check(String endpoint, Rule rule) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        Call aboutA = call(method, pattern, rule, COMUNE_A);
        Call aboutB = call(method, pattern, rule, COMUNE_B);

        int anonymous = aboutB.send(Auth.NONE).status();
        if (rule.access() == Access.PUBLIC) {
            assertThat(anonymous).as("anonymous " + endpoint).isNotIn(401, 403);
        } else {
            assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(401);
        }

        switch (rule.access()) {
            case PLANNER -> assertForbiddenToCocOfA(aboutB, endpoint);
            case COMUNE_SCOPED -> {
                assertForbiddenToCocOfA(aboutB, endpoint);
                if (method.equals("GET")) {
                    Response own = aboutA.send(cocOfA);
                    assertThat(own.status()).as("COC of A on its own comune: " + endpoint + " " + own.body())
                            .isBetween(200, 299);
                }
            }
            case OWN_ROWS -> {
                Response own = aboutA.send(cocOfA);
                assertThat(own.status()).as("COC of A " + endpoint).isBetween(200, 299);
                assertThat(own.body()).as("COC of A " + endpoint).doesNotContain(COMUNE_B);
            }
            case PUBLIC, SIGNED_IN -> assertThat(aboutA.send(cocOfA).status()).as("COC of A " + endpoint)
                    .isNotIn(401, 403);
            case PASSWORD -> {
                assertThat(aboutA.send(cocOfA).status()).as("COC of A with a token " + endpoint).isEqualTo(403);
                assertThat(aboutA.send(planner).status()).as("planner with a token " + endpoint).isEqualTo(403);
                assertThat(aboutA.send(cocOfAPassword).status()).as("COC of A with its password " + endpoint)
                        .isBetween(200, 299);
            }
            default -> throw new IllegalStateException("unknown access " + rule.access());
        }

        Auth plannerAuth = rule.access() == Access.PASSWORD ? plannerPassword : planner;
        assertThat(aboutB.send(plannerAuth).status()).as("planner " + endpoint).isNotIn(401, 403);
    }

    private void assertForbiddenToCocOfA(Call call, String endpoint) {
        String before = fingerprint();
        Response refused = call.send(cocOfA);
        assertThat(refused.status()).as("COC of A: " + call).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fingerprint()).as("data after COC of A called " + endpoint).isEqualTo(before);
    }

    /** One concrete request of the matrix. */
    private record Call(ApiClient api, String method, String path, String body, String contentType) {

        Response send(Auth auth) {
            return method.equals("GET") || method.equals("DELETE") ? api.send(path, auth, method, "", null)
                    : api.send(path, auth, method, body, contentType == null ? "application/json" : contentType);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Call call(String method, String pattern, Rule rule, String istat) {
        return new Call(api, method, fill(pattern + rule.query(), rule, istat), fill(rule.body(), rule, istat),
                rule.contentType());
    }

    private String fill(String template, Rule rule, String istat) {
        Matcher variables = VARIABLE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (variables.find()) {
            String value = switch (variables.group(1)) {
                case "istat" -> istat;
                case "date" -> day.toString();
                case "site" -> plans.cocOf(istat).getId().toString();
                case "id" -> rule.access() == Access.COMUNE_SCOPED ? requestOf(istat) : "999999999";
                default -> "999999999";
            };
            variables.appendReplacement(filled, value);
        }
        return variables.appendTail(filled).toString();
    }

    private String requestOf(String istat) {
        return requests.findForDeliveryDate(day).stream()
                .filter(request -> request.getSite().getComune().getIstatCode().equals(istat))
                .findFirst().orElseThrow().getId().toString();
    }

    /** Every /api/v1 endpoint the application maps, as "METHOD pattern" (no method = GET). */
    private Set<String> endpoints() {
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(path -> path.startsWith("/api/v1/"))
                        .flatMap(path -> methods(info.getMethodsCondition().getMethods()).stream()
                                .map(method -> method + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> methods(Set<RequestMethod> methods) {
        return methods.isEmpty() ? List.of("GET") : methods.stream().map(RequestMethod::name).toList();
    }

    /** Row counts and request quantities of the tables an endpoint could change. */
    private String fingerprint() {
        return jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM app_user) || '/' || (SELECT COUNT(*) FROM api_token) || '/'
                    || (SELECT COUNT(*) FROM delivery_request) || '/'
                    || (SELECT COALESCE(SUM(units), 0) FROM delivery_request) || '/'
                    || (SELECT COUNT(*) FROM site) || '/' || (SELECT COUNT(*) FROM vehicle) || '/'
                    || (SELECT COUNT(*) FROM vehicle_day) || '/'
                    || (SELECT COUNT(*) FROM stock_lot) || '/' || (SELECT COUNT(*) FROM goods_type) || '/'
                    || (SELECT COUNT(*) FROM plan_version) || '/'
                    || (SELECT COUNT(*) FROM plan_version WHERE status = 'PUBLISHED') || '/'
                    || (SELECT COUNT(*) FROM stock_movement)
                """, String.class);
    }
}
