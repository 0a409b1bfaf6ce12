package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Re-planning a published day through HTTP, on PostGIS with the metro road graph: a van breaks down at 11:00. The new
 * draft keeps every stop before 11:00 exactly as published (same van, order, times and goods), the van out of service
 * has nothing after 11:00, and the differences listed are those between the two versions' routes.
 */
@ApiTest
class ReplanTest {

    private static final LocalDate DATE = LocalDate.of(2033, 3, 15);
    private static final LocalTime AT = LocalTime.of(11, 0);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Test
    void aVanOutOfServiceAtElevenKeepsItsMorningAndTheRestIsPlannedAgain() {
        scenarios.generateAndSave(DATE, 5);
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        int published = jobs.plan(DATE, 3).get("planVersion").get("number").asInt();
        Response publishing = api.post("/api/v1/plans/" + DATE + "/versions/" + published + "/publish", planner, "");
        assertThat(publishing.status()).as(publishing.body()).isEqualTo(200);
        JsonNode before = jobs.version(DATE, published);
        JsonNode broken = vanWithStopsAfter(before);
        long brokenId = broken.get("vehicleId").asLong();
        JsonNode refusedStop = afternoonStopOfAnotherVan(before, brokenId);
        long urgent = urgentRequest(before, planner);

        Response accepted = api.post("/api/v1/plans/" + DATE + "/replans", planner,
                "{\"at\":\"11:00\",\"vehiclesOutOfService\":[" + brokenId + "],\"refusedStops\":["
                        + refusedStop.get("stopId").asLong() + "],\"timeLimitSeconds\":3}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode done = jobs.awaitEnd(accepted.json().get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode after = jobs.version(DATE, done.get("planVersion").get("number").asInt());

        assertThat(after.get("status").asString()).isEqualTo("DRAFT");
        assertThat(after.get("replannedFrom").asInt()).isEqualTo(published);
        int morningStops = 0;
        for (JsonNode route : before.get("routes")) {
            morningStops += (int) stops(route).stream().filter(stop -> arrival(stop).isBefore(AT)).count();
            List<String> morning = stops(route).stream().filter(stop -> arrival(stop).isBefore(AT))
                    .map(ReplanTest::asPlanned).toList();
            List<String> kept = stops(routeOf(after, route.get("vehicleId").asLong())).stream()
                    .map(ReplanTest::asPlanned).limit(morning.size()).toList();
            assertThat(kept).as("van " + route.get("vehicleId")).containsExactlyElementsOf(morning);
        }
        List<JsonNode> brokenAfter = stops(routeOf(after, brokenId));
        assertThat(brokenAfter).allSatisfy(stop -> assertThat(arrival(stop)).isBefore(AT));
        assertThat(brokenAfter).hasSize((int) stops(broken).stream().filter(stop -> arrival(stop).isBefore(AT)).count());
        assertThat(morningStops).as("stops kept").isPositive();
        // The published allocations stay; the urgent request gets its units from the stock left.
        assertThat(allocated(after)).containsAllEntriesOf(allocated(before)).containsEntry(urgent, 10);
        assertThat(after.get("unassigned")).anySatisfy(unassigned -> {
            assertThat(unassigned.get("reason").asString()).isEqualTo("REFUSED");
            assertThat(unassigned.get("siteId").asLong()).isEqualTo(refusedStop.get("siteId").asLong());
        });

        Response changes = api.get("/api/v1/plans/" + DATE + "/versions/" + after.get("number").asInt() + "/changes", planner);
        assertThat(changes.status()).as(changes.body()).isEqualTo(200);
        JsonNode listed = changes.json();
        assertThat(listed.get("comparedWith").asInt()).isEqualTo(published);
        Expected expected = new Expected(before, after);
        assertThat(etaMoved(listed)).isEqualTo(expected.etaMoved);
        assertThat(units(listed.get("postponed"))).isEqualTo(expected.postponed);
        assertThat(units(listed.get("added"))).isEqualTo(expected.added);
        assertThat(moved(listed)).isEqualTo(expected.moved);
        // Every delivery the broken van had after 11:00 is now on another van or postponed.
        for (JsonNode stop : stops(broken)) {
            if (!arrival(stop).isBefore(AT)) {
                stop.get("items").forEach(item -> assertThat(expected.moved.containsKey(item.get("requestId").asLong())
                        || expected.postponed.containsKey(item.get("requestId").asLong())).as(item.toString()).isTrue());
            }
        }
        assertThat(expected.moved.values()).allSatisfy(vans -> assertThat(vans).doesNotContain(brokenId));
        refusedStop.get("items").forEach(item -> assertThat(expected.postponed)
                .containsEntry(item.get("requestId").asLong(), item.get("units").asInt()));
        assertThat(expected.added.containsKey(urgent) || after.get("unassigned").toString().contains("PASTA_RISO"))
                .as("the urgent request is routed or postponed with a reason").isTrue();

        Response planned = api.get("/api/v1/plans/" + DATE + "/versions/" + published + "/changes", planner);
        assertThat(planned.status()).isEqualTo(404);
    }

    @Test
    void aCrewReportingABreakdownTakesItsVanOutOfTheReplan() {
        LocalDate day = LocalDate.of(2033, 4, 5);
        scenarios.generateAndSave(day, 8);
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        int published = jobs.plan(day, 2).get("planVersion").get("number").asInt();
        String versionPath = "/api/v1/plans/" + day + "/versions/" + published;
        assertThat(api.post(versionPath + "/publish", planner, "").status()).isEqualTo(200);
        JsonNode broken = jobs.version(day, published).get("routes").get(0);
        JsonNode firstStop = stops(broken).stream().filter(stop -> !stop.get("reload").asBoolean()).findFirst()
                .orElseThrow();
        String token = null;
        for (JsonNode link : api.get(versionPath + "/crew-links", planner).json()) {
            if (link.get("routeId").asLong() == broken.get("routeId").asLong()) {
                token = link.get("token").asString();
            }
        }
        Response breakdown = api.post("/api/v1/crew/" + token + "/stops/" + firstStop.get("stopId").asLong()
                + "/confirmation", Auth.NONE, """
                {"confirmationId": "%s", "outcome": "NOT_DELIVERED", "reason": "VAN_BREAKDOWN",
                 "confirmedAt": "%sT08:30:00+02:00"}""".formatted(UUID.randomUUID(), day));
        assertThat(breakdown.status()).as(breakdown.body()).isEqualTo(200);

        // The planner names no van: the crew's confirmation is enough.
        Response accepted = api.post("/api/v1/plans/" + day + "/replans", planner,
                "{\"at\":\"07:00\",\"timeLimitSeconds\":2}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode done = jobs.awaitEnd(accepted.json().get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode after = jobs.version(day, done.get("planVersion").get("number").asInt());

        assertThat(stops(routeOf(after, broken.get("vehicleId").asLong()))).as("the broken van's route")
                .allSatisfy(stop -> assertThat(stop.get("reload").asBoolean()).isTrue());
        // Its first stop's goods are planned again on another van, or postponed for want of room: not refused.
        long request = firstStop.get("items").get(0).get("requestId").asLong();
        boolean onAnotherVan = false;
        for (JsonNode route : after.get("routes")) {
            for (JsonNode stop : stops(route)) {
                for (JsonNode item : stop.get("items")) {
                    onAnotherVan |= item.get("requestId").asLong() == request;
                }
            }
        }
        assertThat(onAnotherVan || after.get("unassigned").toString().contains(firstStop.get("siteName").asString()))
                .as("request " + request + " planned again or postponed").isTrue();
        assertThat(after.get("unassigned")).noneSatisfy(unassigned -> {
            assertThat(unassigned.get("reason").asString()).isEqualTo("REFUSED");
            assertThat(unassigned.get("siteId").asLong()).isEqualTo(firstStop.get("siteId").asLong());
        });
    }

    @Test
    void aReplanNeedsAPublishedDayAndNamesOnlyItsVansAndStops() {
        Auth planner = api.bearer(accounts.planner());
        LocalDate unpublished = LocalDate.of(2033, 3, 22);
        scenarios.generateAndSave(unpublished, 6);
        Response none = api.post("/api/v1/plans/" + unpublished + "/replans", planner, "{\"at\":\"11:00\"}");
        assertThat(none.status()).as(none.body()).isEqualTo(409);
        assertThat(none.contentType()).startsWith("application/problem+json");

        Response noTime = api.post("/api/v1/plans/" + unpublished + "/replans", planner, "{\"vehiclesOutOfService\":[]}");
        assertThat(noTime.status()).as(noTime.body()).isEqualTo(400);
        assertThat(noTime.json().get("errors").get(0).get("field").asString()).isEqualTo("at");
    }

    @Test
    void unknownVansAndStopsAreRefusedNamingTheField() {
        LocalDate day = LocalDate.of(2033, 3, 29);
        scenarios.generateAndSave(day, 7);
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        int published = jobs.plan(day, 1).get("planVersion").get("number").asInt();
        assertThat(api.post("/api/v1/plans/" + day + "/versions/" + published + "/publish", planner, "").status())
                .isEqualTo(200);
        String jobsBefore = api.get("/api/v1/plans/jobs", planner).body();
        for (String field : List.of("vehiclesOutOfService", "refusedStops")) {
            Response refused = api.post("/api/v1/plans/" + day + "/replans", planner,
                    "{\"at\":\"11:00\",\"" + field + "\":[999999999]}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
        assertThat(api.get("/api/v1/plans/jobs", planner).body()).isEqualTo(jobsBefore);
    }

    /** A stop after 11:00 of a van still in service, whose site then refuses the delivery. */
    private static JsonNode afternoonStopOfAnotherVan(JsonNode version, long brokenId) {
        for (JsonNode route : version.get("routes")) {
            if (route.get("vehicleId").asLong() != brokenId) {
                for (JsonNode stop : stops(route)) {
                    if (!arrival(stop).isBefore(AT)) {
                        return stop;
                    }
                }
            }
        }
        throw new AssertionError("no other van has a stop after 11:00");
    }

    /**
     * After publication: 50 more units of pasta arrive and a COC served that day, which had not asked for pasta, asks
     * for 10 through the request API. Returns the request's id.
     */
    private long urgentRequest(JsonNode version, Auth planner) {
        Set<Long> askedForPasta = new TreeSet<>();
        version.get("allocations").forEach(allocation -> {
            if (allocation.get("goodsCode").asString().equals("PASTA_RISO")) {
                askedForPasta.add(allocation.get("siteId").asLong());
            }
        });
        long site = 0;
        for (JsonNode route : version.get("routes")) {
            for (JsonNode stop : stops(route)) {
                if (stop.get("kind").asString().equals("COC") && !askedForPasta.contains(stop.get("siteId").asLong())) {
                    site = stop.get("siteId").asLong();
                }
            }
        }
        assertThat(site).as("a COC without a pasta request").isPositive();
        Response lot = api.post("/api/v1/stock-lots", planner,
                "{\"goodsCode\":\"PASTA_RISO\",\"units\":50,\"arrivalDate\":\"" + DATE + "\"}");
        assertThat(lot.status()).as(lot.body()).isEqualTo(201);
        Response request = api.post("/api/v1/requests", planner, "{\"siteId\":" + site + ",\"date\":\"" + DATE
                + "\",\"goodsCode\":\"PASTA_RISO\",\"units\":10}");
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        return request.json().get("id").asLong();
    }

    private static Map<Long, Integer> allocated(JsonNode version) {
        Map<Long, Integer> allocated = new TreeMap<>();
        version.get("allocations").forEach(allocation -> allocated.put(allocation.get("requestId").asLong(),
                allocation.get("allocated").asInt()));
        return allocated;
    }

    /** A van with stops on both sides of 11:00 if there is one, else one with stops after it. */
    private static JsonNode vanWithStopsAfter(JsonNode version) {
        JsonNode candidate = null;
        for (JsonNode route : version.get("routes")) {
            List<JsonNode> stops = stops(route);
            boolean morning = stops.stream().anyMatch(stop -> arrival(stop).isBefore(AT));
            boolean later = stops.stream().anyMatch(stop -> !arrival(stop).isBefore(AT));
            if (later && morning) {
                return route;
            }
            if (later && candidate == null) {
                candidate = route;
            }
        }
        assertThat(candidate).as("a van with stops after 11:00").isNotNull();
        return candidate;
    }

    private static JsonNode routeOf(JsonNode version, long vehicleId) {
        for (JsonNode route : version.get("routes")) {
            if (route.get("vehicleId").asLong() == vehicleId) {
                return route;
            }
        }
        return null;
    }

    private static List<JsonNode> stops(JsonNode route) {
        List<JsonNode> stops = new ArrayList<>();
        if (route != null) {
            route.get("stops").forEach(stops::add);
        }
        return stops;
    }

    private static LocalTime arrival(JsonNode stop) {
        return LocalTime.parse(stop.get("arrival").asString());
    }

    /** A stop as the crew sees it: order, site, times and goods. */
    private static String asPlanned(JsonNode stop) {
        List<String> items = new ArrayList<>();
        stop.get("items").forEach(item -> items.add(item.get("requestId").asLong() + "×" + item.get("units").asInt()));
        items.sort(null);
        return stop.get("sequence").asInt() + " " + stop.get("siteId").asLong() + " " + stop.get("arrival").asString()
                + "-" + stop.get("departure").asString() + " " + items;
    }

    private static Map<Long, Long> etaMoved(JsonNode listed) {
        Map<Long, Long> moved = new TreeMap<>();
        listed.get("etaMoved").forEach(change -> moved.put(change.get("siteId").asLong(), change.get("minutes").asLong()));
        return moved;
    }

    private static Map<Long, Integer> units(JsonNode changes) {
        Map<Long, Integer> units = new TreeMap<>();
        changes.forEach(change -> units.put(change.get("requestId").asLong(), change.get("units").asInt()));
        return units;
    }

    private static Map<Long, Set<Long>> moved(JsonNode listed) {
        Map<Long, Set<Long>> moved = new TreeMap<>();
        listed.get("movedToAnotherVan").forEach(change -> {
            Set<Long> vans = new TreeSet<>();
            change.get("toVehicleIds").forEach(van -> vans.add(van.asLong()));
            moved.put(change.get("requestId").asLong(), vans);
        });
        return moved;
    }

    /** The differences computed here from the two version documents, independently of the service. */
    private static final class Expected {

        final Map<Long, Long> etaMoved = new TreeMap<>();
        final Map<Long, Integer> postponed = new TreeMap<>();
        final Map<Long, Integer> added = new TreeMap<>();
        final Map<Long, Set<Long>> moved = new TreeMap<>();

        Expected(JsonNode before, JsonNode after) {
            Routes was = new Routes(before);
            Routes now = new Routes(after);
            was.firstArrival.forEach((site, time) -> {
                LocalTime then = now.firstArrival.get(site);
                if (then != null && Math.abs(Duration.between(time, then).toMinutes()) > 30) {
                    etaMoved.put(site, Duration.between(time, then).toMinutes());
                }
            });
            was.units.forEach((request, units) -> {
                int less = units - now.units.getOrDefault(request, 0);
                if (less > 0) {
                    postponed.put(request, less);
                }
            });
            now.units.forEach((request, units) -> {
                int more = units - was.units.getOrDefault(request, 0);
                if (more > 0) {
                    added.put(request, more);
                }
            });
            was.vans.forEach((request, vans) -> {
                Set<Long> then = now.vans.get(request);
                if (then != null && !then.equals(vans)) {
                    moved.put(request, then);
                }
            });
        }
    }

    private static final class Routes {

        final Map<Long, LocalTime> firstArrival = new TreeMap<>();
        final Map<Long, Integer> units = new TreeMap<>();
        final Map<Long, Set<Long>> vans = new TreeMap<>();

        Routes(JsonNode version) {
            for (JsonNode route : version.get("routes")) {
                for (JsonNode stop : stops(route)) {
                    firstArrival.merge(stop.get("siteId").asLong(), arrival(stop), (a, b) -> a.isBefore(b) ? a : b);
                    stop.get("items").forEach(item -> {
                        long request = item.get("requestId").asLong();
                        units.merge(request, item.get("units").asInt(), Integer::sum);
                        vans.computeIfAbsent(request, id -> new TreeSet<>()).add(route.get("vehicleId").asLong());
                    });
                }
            }
        }
    }
}
