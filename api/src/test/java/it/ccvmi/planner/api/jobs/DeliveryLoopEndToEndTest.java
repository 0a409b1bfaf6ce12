package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.plans.PublishedHistory;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.PdfText;
import it.ccvmi.planner.api.support.Problems;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.request.RequestStatus;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.planning.FairnessOptions.RequesterGoods;
import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.planning.goods.GoodsFamily;
import it.ccvmi.planner.planning.goods.GoodsUnit;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.solver.allocation.PastOutcome;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One delivery day end to end, through HTTP on PostGIS with the metro road graph. Eight COCs ask for 100 cases each
 * of a goods type of the test's own (so the stock ledger's figures are exact: other tests' lots of the shared goods
 * types reach every later day); two vans of 450 kg work 10:00–18:00. The day is planned and published; the manifest,
 * its PDF route sheet and the crew's page are read; the crew of the busiest van confirms its first three stops — part
 * of the goods, a refusal, a full delivery its phone sends three times — and the ledger, the COC schedules, the public
 * statistics and the next day's carry-over follow. Then a van breaks down at 11:00: the day is re-planned and the
 * re-plan published; the confirmed stops stay as they were delivered and nothing handed over is reserved again.
 */
@ApiTest
class DeliveryLoopEndToEndTest {

    private static final LocalDate DATE = LocalDate.of(2043, 6, 16); // a Tuesday: the COCs receive
    private static final LocalTime AT = LocalTime.of(11, 0);
    private static final ZoneId MILAN = ZoneId.of("Europe/Rome");
    private static final int CASES_EACH = 100;
    private static final int PARTIAL_CASES = 60;

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SiteRepository sites;

    @Autowired
    GoodsTypeRepository goodsTypes;

    @Autowired
    DeliveryRequestRepository requests;

    @Autowired
    StockLotRepository lots;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    PublishedHistory history;

    @Autowired
    Clock clock;

    @Test
    void publishDeliverConfirmBreakDownAndReplan() throws Exception {
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        GoodsType goods = goodsTypes.save(new GoodsType("E2E_CONSERVE", "Conserve (prova consegne)", GoodsFamily.FOOD,
                TemperatureClass.AMBIENT, GoodsUnit.CASE, BigDecimal.ONE, new BigDecimal("0.01")));
        sites.findByKindOrderByName(SiteKind.COC).subList(0, 8).forEach(coc -> requests.save(
                new DeliveryRequest(coc, DATE, goods, CASES_EACH, RequestStatus.REQUESTED, clock)));
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        lots.save(new StockLot(depot, goods, 1000, BigDecimal.valueOf(1000), DATE.minusDays(1), null));
        long vanA = van(depot, "Furgone A");
        long vanB = van(depot, "Furgone B");

        // Plan and publish: the publication reserves every case the vans carry.
        JsonNode published = plan(jobs, "{\"date\":\"%s\",\"timeLimitSeconds\":3,\"vehicleIds\":[%d,%d]}"
                .formatted(DATE, vanA, vanB));
        Response publishing = publish(published, planner);
        assertThat(publishing.status()).as(publishing.body()).isEqualTo(200);
        int carried = LedgerDays.carried(published);
        assertThat(carried).as("800 cases fit in two vans").isEqualTo(800);
        assertLedger(planner, goods, 1000, carried, 0);

        // The busiest van's manifest, route sheet and crew page.
        JsonNode busiest = busiestRoute(published);
        List<JsonNode> confirmed = deliveryStops(busiest).subList(0, 3);
        String versionPath = "/api/v1/plans/" + DATE + "/versions/" + published.get("number").asInt();
        Response manifest = api.get(versionPath + "/routes/" + busiest.get("routeId").asLong() + "/manifest", planner);
        assertThat(manifest.status()).as(manifest.body()).isEqualTo(200);
        assertThat(manifest.json().get("stops")).extracting(stop -> stop.get("stopId").asLong())
                .containsExactlyElementsOf(deliveryStops(busiest).stream().map(stop -> stop.get("stopId").asLong())
                        .toList());
        String sheet = PdfText.of(pdf(planner, versionPath + "/routes/" + busiest.get("routeId").asLong()
                + "/manifest.pdf"));
        assertThat(sheet).contains("Foglio di viaggio - " + busiest.get("vehicleLabel").asString(),
                "Carico (si carica per prima la merce dell'ultima tappa)");
        confirmed.forEach(stop -> assertThat(sheet).contains(stop.get("siteName").asString()));
        String token = crewToken(planner, versionPath, busiest.get("routeId").asLong());
        Response page = api.get("/equipaggio/" + token, Auth.NONE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        JsonNode crewRoute = api.get("/api/v1/crew/" + token, Auth.NONE).json();
        assertThat(crewRoute.get("vanLabel").asString()).isEqualTo(busiest.get("vehicleLabel").asString());
        assertThat(crewRoute.get("stops").get(0).get("geoUri").asString()).startsWith("geo:45.");

        // The crew confirms: part of the first stop's cases, the second site refuses, the third gets all (sent 3 times).
        JsonNode partial = confirmed.get(0);
        JsonNode refused = confirmed.get(1);
        JsonNode delivered = confirmed.get(2);
        Response partly = confirm(token, partial, """
                {"confirmationId": "%s", "outcome": "PARTIAL", "confirmedAt": "%s",
                 "items": [{"itemId": %d, "units": %d}]}""".formatted(UUID.randomUUID(), at(partial),
                itemId(crewRoute, partial), PARTIAL_CASES));
        assertThat(partly.status()).as(partly.body()).isEqualTo(200);
        Response refusal = confirm(token, refused, """
                {"confirmationId": "%s", "outcome": "NOT_DELIVERED", "reason": "REFUSED", "confirmedAt": "%s"}"""
                .formatted(UUID.randomUUID(), at(refused)));
        assertThat(refusal.status()).as(refusal.body()).isEqualTo(200);
        String handedOver = """
                {"confirmationId": "%s", "outcome": "DELIVERED", "confirmedAt": "%s"}"""
                .formatted(UUID.randomUUID(), at(delivered));
        List<Response> sent = List.of(confirm(token, delivered, handedOver), confirm(token, delivered, handedOver),
                confirm(token, delivered, handedOver));
        assertThat(sent).allSatisfy(response -> assertThat(response.body()).isEqualTo(sent.get(0).body()));
        int deliveredCases = PARTIAL_CASES + CASES_EACH;

        // The ledger: 160 cases out of the depot, the 140 not handed over set free again.
        assertLedger(planner, goods, 1000 - deliveredCases, carried - 3 * CASES_EACH, deliveredCases);
        assertThat(scheduleText(planner, partial)).isEqualTo("consegnato in parte alle " + hhmm(partial));
        assertThat(scheduleText(planner, refused)).isEqualTo("non consegnato (rifiutato), segnalato alle "
                + hhmm(refused));
        assertThat(scheduleText(planner, delivered)).isEqualTo("consegnato alle " + hhmm(delivered));
        JsonNode totals = statistics();
        assertThat(totals.get("confirmedStops").asLong()).isEqualTo(3);
        assertThat(totals.get("units").asLong()).isEqualTo(carried);
        assertThat(totals.get("deliveredUnits").asLong()).isEqualTo(deliveredCases);
        assertCarryOver(partial, PARTIAL_CASES);
        assertCarryOver(refused, 0);
        assertCarryOver(delivered, CASES_EACH);

        // A van breaks down at 11:00; the day is re-planned (a stop its crew confirmed cannot be called refused).
        long broken = vanToTakeOut(published, busiest);
        Problems.assertInvalidField(api.post("/api/v1/plans/" + DATE + "/replans", planner, "{\"at\":\"11:00\","
                + "\"refusedStops\":[" + delivered.get("stopId").asLong() + "]}"), "refusedStops");
        Response accepted = api.post("/api/v1/plans/" + DATE + "/replans", planner,
                "{\"at\":\"11:00\",\"vehiclesOutOfService\":[" + broken + "],\"timeLimitSeconds\":3}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode replanned = finished(jobs, accepted.json().get("id").asString());
        assertThat(replanned.get("replannedFrom").asInt()).isEqualTo(published.get("number").asInt());

        List<Long> confirmedIds = confirmed.stream().map(stop -> stop.get("stopId").asLong()).toList();
        for (JsonNode route : published.get("routes")) {
            long vehicle = route.get("vehicleId").asLong();
            List<String> kept = new ArrayList<>();
            for (JsonNode stop : doneStops(route, confirmedIds)) {
                if (stop.get("stopId").asLong() == partial.get("stopId").asLong()) {
                    kept.add(site(stop) + " " + requestOf(stop) + "×" + PARTIAL_CASES);
                } else if (stop.get("stopId").asLong() != refused.get("stopId").asLong()) {
                    kept.add(asPlanned(stop, vehicle != busiest.get("vehicleId").asLong()));
                }
            }
            List<String> now = deliveryStops(routeOf(replanned, vehicle).orElse(null)).stream()
                    .map(stop -> asPlanned(stop, vehicle != busiest.get("vehicleId").asLong())).toList();
            assertThat(now.subList(0, Math.min(kept.size(), now.size()))).as("van " + vehicle + " keeps its stops")
                    .containsExactlyElementsOf(kept);
            if (vehicle == broken) {
                assertThat(now).as("the van out of service takes nothing more").hasSize(kept.size());
            }
        }
        assertThat(replanned.get("unassigned")).anySatisfy(unassigned -> assertRefused(unassigned, refused, CASES_EACH));
        assertThat(replanned.get("unassigned")).anySatisfy(unassigned -> assertRefused(unassigned, partial,
                CASES_EACH - PARTIAL_CASES));

        // Published: the confirmations follow the kept stops; what was handed over is not reserved again.
        Response republishing = publish(replanned, planner);
        assertThat(republishing.status()).as(republishing.body()).isEqualTo(200);
        assertLedger(planner, goods, 1000 - deliveredCases, LedgerDays.carried(replanned) - deliveredCases,
                deliveredCases);
        assertThat(scheduleText(planner, partial)).isEqualTo("consegnato in parte alle " + hhmm(partial));
        assertThat(scheduleText(planner, delivered)).isEqualTo("consegnato alle " + hhmm(delivered));
        assertThat(statistics().get("deliveredUnits").asLong()).isEqualTo(deliveredCases);
        assertCarryOver(partial, PARTIAL_CASES);
        assertCarryOver(delivered, CASES_EACH);
        String newToken = crewToken(planner, "/api/v1/plans/" + DATE + "/versions/" + replanned.get("number").asInt(),
                routeOf(replanned, busiest.get("vehicleId").asLong()).orElseThrow().get("routeId").asLong());
        JsonNode newCrewRoute = api.get("/api/v1/crew/" + newToken, Auth.NONE).json();
        assertThat(newCrewRoute.get("versionNumber").asInt()).isEqualTo(replanned.get("number").asInt());
        assertThat(newCrewRoute.get("stops").get(0).get("confirmation").get("outcome").asString()).isEqualTo("PARTIAL");
        assertThat(newCrewRoute.get("stops").get(1).get("confirmation").get("outcome").asString())
                .isEqualTo("DELIVERED");
        // The crew's phone keeps its link: it opens the van's new route, and a late retry still counts once.
        assertThat(api.get("/api/v1/crew/" + token, Auth.NONE).json()).isEqualTo(newCrewRoute);
        Response lateRetry = confirm(token, delivered, handedOver);
        assertThat(lateRetry.status()).as(lateRetry.body()).isEqualTo(200);
        assertThat(lateRetry.body()).isEqualTo(sent.get(0).body());
        assertLedger(planner, goods, 1000 - deliveredCases, LedgerDays.carried(replanned) - deliveredCases,
                deliveredCases);
    }

    private long van(Site depot, String label) {
        Vehicle van = vehicles.findByOrganisationAndLabel("Prova consegne", label)
                .orElseGet(() -> new Vehicle("Prova consegne", label));
        van.update(new BigDecimal("450"), new BigDecimal("10"), false, LocalTime.of(10, 0), LocalTime.of(18, 0), depot);
        return vehicles.save(van).getId();
    }

    private static JsonNode plan(JobClient jobs, String body) {
        return finished(jobs, jobs.submit(body).get("id").asString());
    }

    private static JsonNode finished(JobClient jobs, String id) {
        JsonNode done = jobs.awaitEnd(id);
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        return jobs.version(DATE, done.get("planVersion").get("number").asInt());
    }

    private Response publish(JsonNode version, Auth planner) {
        return api.post("/api/v1/plans/" + DATE + "/versions/" + version.get("number").asInt() + "/publish", planner,
                "");
    }

    private void assertLedger(Auth planner, GoodsType goods, int onHand, int reserved, int delivered) {
        Response ledger = api.get("/api/v1/stock/ledger?date=" + DATE, planner);
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        JsonNode line = null;
        for (JsonNode candidate : ledger.json().get("goods")) {
            if (candidate.get("goodsCode").asString().equals(goods.getCode())) {
                line = candidate;
            }
        }
        assertThat(line).as("the ledger's line of " + goods.getCode()).isNotNull();
        assertThat(line.get("onHand").asInt()).as("on hand").isEqualTo(onHand);
        assertThat(line.get("reserved").asInt()).as("reserved").isEqualTo(reserved);
        assertThat(line.get("delivered").asInt()).as("delivered").isEqualTo(delivered);
        assertThat(line.get("available").asInt()).as("available").isEqualTo(onHand - reserved);
    }

    private byte[] pdf(Auth planner, String path) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + path))
                .header("Authorization", "Bearer " + ((Auth.Bearer) planner).token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return pdf.body();
    }

    private String crewToken(Auth planner, String versionPath, long routeId) {
        Response links = api.get(versionPath + "/crew-links", planner);
        assertThat(links.status()).as(links.body()).isEqualTo(200);
        for (JsonNode link : links.json()) {
            if (link.get("routeId").asLong() == routeId) {
                return link.get("token").asString();
            }
        }
        throw new AssertionError("no crew link for route " + routeId);
    }

    private Response confirm(String token, JsonNode stop, String body) {
        return api.post("/api/v1/crew/" + token + "/stops/" + stop.get("stopId").asLong() + "/confirmation", Auth.NONE,
                body);
    }

    /** The crew's phone confirms five minutes after the planned arrival. */
    private static String at(JsonNode stop) {
        return DATE.atTime(arrival(stop).plusMinutes(5)).atZone(MILAN).toOffsetDateTime().toString();
    }

    private static String hhmm(JsonNode stop) {
        return arrival(stop).plusMinutes(5).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static long itemId(JsonNode crewRoute, JsonNode stop) {
        for (JsonNode crewStop : crewRoute.get("stops")) {
            if (crewStop.get("stop").get("stopId").asLong() == stop.get("stopId").asLong()) {
                return crewStop.get("stop").get("items").get(0).get("itemId").asLong();
            }
        }
        throw new AssertionError("the crew page has no stop " + stop.get("stopId"));
    }

    private String scheduleText(Auth planner, JsonNode stop) {
        Response schedule = api.get("/api/v1/coc/" + stop.get("comuneIstat").asString() + "/schedule?date=" + DATE,
                planner);
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        return schedule.json().get("deliveries").get(0).get("confirmation").get("text").asString();
    }

    private JsonNode statistics() {
        Response statistics = api.get("/api/v1/public/statistics?from=" + DATE + "&to=" + DATE, Auth.NONE);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        return statistics.json().get("totals");
    }

    /** The next day's fair split carries over what the stop's COC received. */
    private void assertCarryOver(JsonNode stop, long cases) {
        List<PastOutcome> dayBefore = history.before(DATE.plusDays(1))
                .get(new RequesterGoods(new SiteId(site(stop)), "E2E_CONSERVE")).stream()
                .filter(outcome -> outcome.daysAgo() == 1).toList();
        assertThat(dayBefore).as("site " + site(stop)).hasSize(1);
        assertThat(dayBefore.get(0).delivered()).as("site " + site(stop)).isEqualTo(cases);
    }

    private static void assertRefused(JsonNode unassigned, JsonNode stop, long cases) {
        assertThat(unassigned.get("reason").asString()).isEqualTo("REFUSED");
        assertThat(unassigned.get("siteId").asLong()).isEqualTo(site(stop));
        assertThat(unassigned.get("goods").get(0).get("units").asLong()).isEqualTo(cases);
    }

    private static JsonNode busiestRoute(JsonNode version) {
        JsonNode busiest = null;
        for (JsonNode route : version.get("routes")) {
            if (busiest == null || deliveryStops(route).size() > deliveryStops(busiest).size()) {
                busiest = route;
            }
        }
        assertThat(deliveryStops(busiest)).as("the busiest van's stops").hasSizeGreaterThanOrEqualTo(3);
        return busiest;
    }

    /** Another van than the busiest when it still has stops to make at 11:00, else the busiest. */
    private static long vanToTakeOut(JsonNode version, JsonNode busiest) {
        for (JsonNode route : version.get("routes")) {
            if (route != busiest && deliveryStops(route).stream().anyMatch(stop -> !arrival(stop).isBefore(AT))) {
                return route.get("vehicleId").asLong();
            }
        }
        return busiest.get("vehicleId").asLong();
    }

    /** The stops done at 11:00: up to the last one planned to begin before it or confirmed. */
    private static List<JsonNode> doneStops(JsonNode route, List<Long> confirmedIds) {
        List<JsonNode> stops = deliveryStops(route);
        int done = 0;
        for (int index = 0; index < stops.size(); index++) {
            if (arrival(stops.get(index)).isBefore(AT) || confirmedIds.contains(stops.get(index).get("stopId").asLong())) {
                done = index + 1;
            }
        }
        return stops.subList(0, done);
    }

    private static Optional<JsonNode> routeOf(JsonNode version, long vehicleId) {
        for (JsonNode route : version.get("routes")) {
            if (route.get("vehicleId").asLong() == vehicleId) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** The route's deliveries (no depot returns); none for a van without a route. */
    private static List<JsonNode> deliveryStops(JsonNode route) {
        List<JsonNode> stops = new ArrayList<>();
        if (route == null) {
            return stops;
        }
        route.get("stops").forEach(stop -> {
            if (!stop.get("reload").asBoolean()) {
                stops.add(stop);
            }
        });
        return stops;
    }

    /** Site and goods of a stop, and its times when the van drove as planned (no stop of it was dropped). */
    private static String asPlanned(JsonNode stop, boolean withTimes) {
        String visit = site(stop) + " " + requestOf(stop) + "×" + stop.get("items").get(0).get("units").asInt();
        return withTimes ? visit + " " + stop.get("arrival").asString() + "-" + stop.get("departure").asString() : visit;
    }

    private static long site(JsonNode stop) {
        return stop.get("siteId").asLong();
    }

    private static long requestOf(JsonNode stop) {
        assertThat(stop.get("items")).as("one request a stop").hasSize(1);
        return stop.get("items").get(0).get("requestId").asLong();
    }

    private static LocalTime arrival(JsonNode stop) {
        return LocalTime.parse(stop.get("arrival").asString());
    }
}
