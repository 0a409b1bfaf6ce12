package it.ccvmi.planner.api.delivery;

import static it.ccvmi.planner.api.delivery.DeliveryDays.CINISELLO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.delivery.DeliveryDays.Day;
import it.ccvmi.planner.api.plans.PublishedHistory;
import it.ccvmi.planner.api.portal.PortalTestClock;
import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.MovableClock;
import it.ccvmi.planner.api.support.PdfText;
import it.ccvmi.planner.api.support.Problems;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.planning.FairnessOptions.RequesterGoods;
import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.solver.allocation.PastOutcome;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Delivering a published day through HTTP: the van's manifest and its printed route sheet (text read back with
 * pdftotext), the crew link, the crew's confirmations (partial, refused, retried) and where they show: the COC's
 * schedule, the public statistics and the equity-over-time carry-over. The service's clock is Monday 9 June 2031
 * in Milan; the days driven are in 2033, so their links are valid until a test moves the clock past them.
 */
@ApiTest
@Import({PortalTestClock.class, PublishedPlans.class})
class DeliveryApiTest {

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

    @Autowired
    PublishedHistory history;

    Auth planner;
    DeliveryDays days;

    @BeforeEach
    void signIn() {
        planner = api.bearer(accounts.planner());
        days = new DeliveryDays(api, plans, planner);
    }

    @AfterEach
    void backToMonday() {
        clock.moveTo(PortalTestClock.MONDAY_MORNING);
    }

    @Test
    void theManifestListsTheStopsInDrivingOrderAndLoadsTheLastStopFirst() {
        Day day = days.publish();

        Response response = api.get(day.manifestPath(), planner);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode manifest = response.json();
        assertThat(manifest.get("vanLabel").asString()).isEqualTo(day.stored().vanLabel());
        assertThat(manifest.get("organisation").asString()).isEqualTo(PublishedPlans.ORGANISATION);
        assertThat(manifest.get("departure").asString()).startsWith("08:00");
        JsonNode stops = manifest.get("stops");
        assertThat(stops).extracting(stop -> stop.get("comuneIstat").asString())
                .containsExactly(SESTO, MILANO, CINISELLO);
        assertThat(stops).extracting(stop -> stop.get("stopId").asLong())
                .containsExactlyElementsOf(day.stored().stopIds());
        JsonNode milano = stops.get(1);
        assertThat(milano.get("sequence").asInt()).isEqualTo(2);
        assertThat(milano.get("siteName").asString()).isEqualTo(plans.cocOf(MILANO).getName());
        assertThat(milano.get("comuneName").asString()).isEqualTo("Milano");
        assertThat(milano.get("arrival").asString()).startsWith("09:10");
        assertThat(milano.get("windowStart").asString()).startsWith("08:55");
        assertThat(milano.get("windowEnd").asString()).startsWith("09:40");
        assertThat(milano.get("lat").asDouble()).isBetween(45.3, 45.7);
        assertThat(milano.get("items")).extracting(item -> item.get("goodsCode").asString() + " "
                        + item.get("units").asInt() + " " + item.get("temperatureClass").asString() + " "
                        + item.get("kg").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("FORMAGGI_LATTICINI 4 CHILLED 24", "PASTA_RISO 10 AMBIENT 120");
        assertThat(milano.get("kg").decimalValue()).isEqualByComparingTo("144");

        assertThat(manifest.get("loadingList")).extracting(line -> line.get("loadOrder").asInt() + ":"
                + line.get("stopSequence").asInt()).containsExactly("1:3", "2:2", "3:1");
        assertThat(manifest.get("loadingList").get(1).get("items")).hasSize(2);
        JsonNode totals = manifest.get("totalsByTemperature");
        assertThat(totals).extracting(total -> total.get("temperatureClass").asString() + " "
                + total.get("units").asInt()).containsExactly("AMBIENT 15", "CHILLED 4");
        assertThat(totals.get(1).get("kg").decimalValue()).isEqualByComparingTo("24");
        assertThat(manifest.get("totalUnits").asInt()).isEqualTo(19);
        assertThat(manifest.get("totalKg").decimalValue()).isEqualByComparingTo(
                totals.get(0).get("kg").decimalValue().add(totals.get(1).get("kg").decimalValue()));
    }

    @Test
    void onlyRoutesOfThePublishedVersionHaveManifestsAndLinks() {
        Day day = days.publish();
        plans.draft(day.date(), LocalTime.of(8, 0), PublishedPlans.Visit.of(MILANO, LocalTime.of(9, 0), "DPI", 1));
        String draft = "/api/v1/plans/" + day.date() + "/versions/" + (day.stored().versionNumber() + 1);

        Problems.assertProblem(api.get(draft + "/crew-links", planner), 409);
        Problems.assertProblem(api.get(day.versionPath() + "/routes/999999999/manifest", planner), 404);
        Problems.assertProblem(api.get("/api/v1/plans/" + day.date() + "/versions/99/crew-links", planner), 404);
        assertThat(api.get(day.manifestPath(), api.bearer(accounts.coc(MILANO))).status()).isEqualTo(403);
    }

    @Test
    void theRouteSheetPrintsStopsLoadingListAndTotalsInItalian() throws Exception {
        Day day = days.publish();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + day.manifestPath() + ".pdf"))
                .header("Authorization", "Bearer " + ((Auth.Bearer) planner).token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PdfText.of(pdf.body());
        assertThat(text).contains("Foglio di viaggio - " + day.stored().vanLabel(), "piano versione 1",
                "partenza 08:00", "Tappe", "Carico (si carica per prima la merce dell'ultima tappa)",
                "Totali per temperatura", "Refrigerato (catena del freddo)", "Temperatura ambiente");
        assertThat(text).contains(plans.cocOf(SESTO).getName(), plans.cocOf(MILANO).getName(),
                plans.cocOf(CINISELLO).getName());
        assertThat(text).contains("08:40", "08:25-09:10", "09:10", "08:55-09:40", "10:00", "09:45-10:30");
        assertThat(text).contains("10 casse Pasta e riso (120 kg)", "4 casse Formaggi e latticini [freddo] (24 kg)",
                "3 casse Bevande");
        // Stops in driving order, the loading list from the last stop back.
        int sestoStop = text.indexOf(plans.cocOf(SESTO).getName());
        int cinisello = text.indexOf(plans.cocOf(CINISELLO).getName());
        assertThat(sestoStop).isLessThan(cinisello);
        String loading = text.substring(text.indexOf("Carico (si carica"));
        assertThat(loading.indexOf(plans.cocOf(CINISELLO).getName()))
                .isLessThan(loading.indexOf(plans.cocOf(SESTO).getName()));
    }

    @Test
    void crewsConfirmTheirStopsOnceAndTheScheduleStatisticsAndCarryOverFollow() {
        Day day = days.publish();
        String token = days.token(day);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        JsonNode links = api.get(day.versionPath() + "/crew-links", planner).json();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("token").asString()).as("asked again: the same link").isEqualTo(token);
        assertThat(links.get(0).get("path").asString()).isEqualTo("/equipaggio/" + token);
        assertThat(links.get(0).get("url").asString()).isEqualTo(api.baseUrl() + "/equipaggio/" + token);
        assertThat(links.get(0).get("validUntil").asString())
                .isEqualTo(day.date().plusDays(1) + "T00:00:00" + offsetOf(day));

        JsonNode route = days.crewRoute(token);
        assertThat(route.get("vanLabel").asString()).isEqualTo(day.stored().vanLabel());
        JsonNode stops = route.get("stops");
        assertThat(stops).hasSize(3);
        JsonNode sesto = stops.get(0);
        assertThat(sesto.get("geoUri").asString()).matches("geo:45\\.\\d{6},9\\.\\d{6}");
        assertThat(sesto.get("directionsUrl").asString())
                .isEqualTo("https://www.openstreetmap.org/directions?to=" + sesto.get("geoUri").asString().substring(4));
        assertThat(sesto.get("confirmation").isNull()).isTrue();
        long sestoStop = sesto.get("stop").get("stopId").asLong();
        long milanoStop = stops.get(1).get("stop").get("stopId").asLong();
        long cinisielloStop = stops.get(2).get("stop").get("stopId").asLong();
        Map<String, Long> milanoItems = itemIds(stops.get(1));

        // Milano: part of the pasta, all the dairy.
        Response partial = days.confirm(token, milanoStop, """
                {"confirmationId": "%s", "outcome": "PARTIAL", "confirmedAt": "%sT09:12:00+01:00",
                 "items": [{"itemId": %d, "units": 6}, {"itemId": %d, "units": 4}]}
                """.formatted(UUID.randomUUID(), day.date(), milanoItems.get("PASTA_RISO"),
                milanoItems.get("FORMAGGI_LATTICINI")));
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        assertThat(partial.json().get("outcome").asString()).isEqualTo("PARTIAL");
        assertThat(partial.json().get("items")).extracting(item -> item.get("goodsCode").asString() + " "
                + item.get("deliveredUnits").asInt() + "/" + item.get("plannedUnits").asInt())
                .containsExactly("FORMAGGI_LATTICINI 4/4", "PASTA_RISO 6/10");

        // Sesto refused the drinks.
        Response refused = days.confirm(token, sestoStop, """
                {"confirmationId": "%s", "outcome": "NOT_DELIVERED", "reason": "REFUSED",
                 "confirmedAt": "%sT08:44:00+01:00"}""".formatted(UUID.randomUUID(), day.date()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);

        // Cinisello: delivered; the phone lost the answer and sends it again, twice.
        String delivered = """
                {"confirmationId": "%s", "outcome": "DELIVERED", "confirmedAt": "%sT10:05:00+01:00"}"""
                .formatted(UUID.randomUUID(), day.date());
        Response first = days.confirm(token, cinisielloStop, delivered);
        Response retry = days.confirm(token, cinisielloStop, delivered);
        Response again = days.confirm(token, cinisielloStop, delivered);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stop_confirmation WHERE route_stop_id = ?",
                Integer.class, cinisielloStop)).isEqualTo(1);

        // A different confirmation of a confirmed stop is refused, in Italian.
        JsonNode conflict = Problems.assertProblem(days.confirm(token, sestoStop, """
                {"confirmationId": "%s", "outcome": "DELIVERED", "confirmedAt": "%sT11:00:00+01:00"}"""
                .formatted(UUID.randomUUID(), day.date())), 409);
        assertThat(conflict.get("title").asString()).isEqualTo("Tappa già confermata");
        assertThat(conflict.get("detail").asString()).contains("alle 08:44", "non consegnata");

        // The crew page shows them.
        JsonNode confirmed = days.crewRoute(token).get("stops");
        assertThat(confirmed).extracting(stop -> stop.get("confirmation").get("outcome").asString())
                .containsExactly("NOT_DELIVERED", "PARTIAL", "DELIVERED");
        assertThat(confirmed.get(0).get("confirmation").get("reason").asString()).isEqualTo("REFUSED");

        // The COC's schedule: JSON, CSV and iCalendar.
        JsonNode milanoSchedule = api.get("/api/v1/coc/" + MILANO + "/schedule?date=" + day.date(),
                api.bearer(accounts.coc(MILANO))).json().get("deliveries").get(0);
        assertThat(milanoSchedule.get("confirmation").get("text").asString())
                .isEqualTo("consegnato in parte alle 09:12");
        assertThat(milanoSchedule.get("items")).extracting(item -> item.get("goodsCode").asString() + " "
                + item.get("deliveredUnits").asInt()).containsExactly("FORMAGGI_LATTICINI 4", "PASTA_RISO 6");
        assertThat(api.get("/api/v1/coc/" + SESTO + "/schedule?date=" + day.date(), planner).json()
                .get("deliveries").get(0).get("confirmation").get("text").asString())
                .isEqualTo("non consegnato (rifiutato), segnalato alle 08:44");
        String csv = api.get("/api/v1/coc/" + MILANO + "/schedule?date=" + day.date() + "&format=csv", planner).body();
        assertThat(csv).contains("esito;unita_consegnate", "consegnato in parte alle 09:12;6");
        String ics = api.get("/api/v1/coc/" + CINISELLO + "/schedule.ics?date=" + day.date(), planner).body()
                .replace("\r\n ", "");
        assertThat(ics).contains("Esito: consegnato alle 10:05");

        // Public statistics: planned and confirmed side by side.
        JsonNode totals = api.get("/api/v1/public/statistics?from=" + day.date() + "&to=" + day.date(), Auth.NONE)
                .json().get("totals");
        assertThat(totals.get("stops").asLong()).isEqualTo(3);
        assertThat(totals.get("confirmedStops").asLong()).isEqualTo(3);
        assertThat(totals.get("units").asLong()).isEqualTo(19);
        assertThat(totals.get("deliveredUnits").asLong()).as("6 pasta + 4 dairy + 2 DPI").isEqualTo(12);
        assertThat(totals.get("deliveredKg").decimalValue()).as("72 + 24 + 2 DPI boxes")
                .isEqualByComparingTo(totals.get("kg").decimalValue().subtract(new BigDecimal("48"))
                        .subtract(kgOf(day, SESTO)));

        // Equity over time carries over what was handed over, not what was planned.
        Map<RequesterGoods, List<PastOutcome>> past = history.before(day.date().plusDays(1));
        assertThat(delivered(past, MILANO, "PASTA_RISO")).isEqualTo(6);
        assertThat(delivered(past, MILANO, "FORMAGGI_LATTICINI")).isEqualTo(4);
        assertThat(delivered(past, SESTO, "BEVANDE")).isZero();
        assertThat(delivered(past, CINISELLO, "DPI")).isEqualTo(2);
    }

    @Test
    void badConfirmationsAreRefusedInItalianAndStoreNothing() {
        Day day = days.publish();
        String token = days.token(day);
        JsonNode milano = days.crewRoute(token).get("stops").get(1);
        long stopId = milano.get("stop").get("stopId").asLong();
        Map<String, Long> items = itemIds(milano);
        String at = day.date() + "T09:12:00+01:00";

        List<Map.Entry<String, String>> invalid = List.of(
                Map.entry("confirmationId", """
                        {"confirmationId": "not-a-uuid", "outcome": "DELIVERED", "confirmedAt": "%s"}"""),
                Map.entry("outcome", """
                        {"confirmationId": "%s", "outcome": "LOST", "confirmedAt": "%s"}"""),
                Map.entry("reason", """
                        {"confirmationId": "%s", "outcome": "NOT_DELIVERED", "confirmedAt": "%s"}"""),
                Map.entry("reason", """
                        {"confirmationId": "%s", "outcome": "DELIVERED", "reason": "CLOSED", "confirmedAt": "%s"}"""),
                Map.entry("items", """
                        {"confirmationId": "%s", "outcome": "PARTIAL", "confirmedAt": "%s",
                         "items": [{"itemId": ITEM, "units": 6}]}"""),
                Map.entry("items[0].units", """
                        {"confirmationId": "%s", "outcome": "PARTIAL", "confirmedAt": "%s",
                         "items": [{"itemId": ITEM, "units": 11}, {"itemId": OTHER, "units": 0}]}"""),
                Map.entry("items", """
                        {"confirmationId": "%s", "outcome": "PARTIAL", "confirmedAt": "%s",
                         "items": [{"itemId": ITEM, "units": 10}, {"itemId": OTHER, "units": 4}]}"""),
                Map.entry("confirmedAt", """
                        {"confirmationId": "%s", "outcome": "DELIVERED", "confirmedAt": "09:12"}"""));
        for (Map.Entry<String, String> bad : invalid) {
            String body = bad.getValue().replace("ITEM", items.get("PASTA_RISO").toString())
                    .replace("OTHER", items.get("FORMAGGI_LATTICINI").toString())
                    .formatted(bad.getKey().equals("confirmationId") ? at : UUID.randomUUID().toString(), at);
            Response refused = days.confirm(token, stopId, body);
            Problems.assertInvalidField(refused, bad.getKey());
            assertThat(refused.json().get("title").asString()).isEqualTo("Dati non validi");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stop_confirmation WHERE route_stop_id = ?",
                Integer.class, stopId)).isZero();
    }

    @Test
    void unknownExpiredAndForeignLinksFindNothing() {
        Day day = days.publish();
        Day other = days.publish();
        String token = days.token(day);
        long foreignStop = other.stored().stopIds().get(0);
        String body = """
                {"confirmationId": "%s", "outcome": "DELIVERED", "confirmedAt": "%sT09:00:00+01:00"}"""
                .formatted(UUID.randomUUID(), day.date());

        Problems.assertProblem(days.confirm(token, foreignStop, body), 404);
        Problems.assertProblem(days.confirm(token, 999999999, body), 404);
        JsonNode unknown = Problems.assertProblem(api.get("/api/v1/crew/unknown-token", Auth.NONE), 404);
        assertThat(unknown.get("detail").asString()).contains("non è valido o è scaduto");

        clock.moveTo(day.date().atTime(LocalTime.of(23, 59)));
        assertThat(api.get("/api/v1/crew/" + token, Auth.NONE).status()).as("the last minute of the day")
                .isEqualTo(200);
        clock.moveTo(day.date().plusDays(1).atStartOfDay());
        Problems.assertProblem(api.get("/api/v1/crew/" + token, Auth.NONE), 404);
        Problems.assertProblem(days.confirm(token, day.stored().stopIds().get(0), body), 404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stop_confirmation WHERE route_stop_id = ?",
                Integer.class, day.stored().stopIds().get(0))).isZero();
    }

    private static Map<String, Long> itemIds(JsonNode crewStop) {
        Map<String, Long> ids = new HashMap<>();
        crewStop.get("stop").get("items").forEach(item -> ids.put(item.get("goodsCode").asString(),
                item.get("itemId").asLong()));
        return ids;
    }

    private BigDecimal kgOf(Day day, String istat) {
        return api.get("/api/v1/coc/" + istat + "/schedule?date=" + day.date(), planner).json().get("deliveries")
                .get(0).get("totalKg").decimalValue();
    }

    private long delivered(Map<RequesterGoods, List<PastOutcome>> past, String istat, String goods) {
        List<PastOutcome> dayBefore = past.get(new RequesterGoods(new SiteId(plans.cocOf(istat).getId()), goods))
                .stream().filter(outcome -> outcome.daysAgo() == 1).toList(); // other tests' days come earlier
        assertThat(dayBefore).as(istat + " " + goods).hasSize(1);
        return dayBefore.get(0).delivered();
    }

    private static String offsetOf(Day day) {
        return day.date().plusDays(1).atStartOfDay(ZoneId.of("Europe/Rome")).getOffset().toString();
    }
}
