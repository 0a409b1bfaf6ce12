package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.job.PlanningJob;
import it.ccvmi.planner.data.job.PlanningJobRepository;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import it.ccvmi.planner.data.site.ReceivingWindow;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A planning job end to end through HTTP: real database, real metro road graph, real solver (short limits). */
@ApiTest
class PlanningJobFlowTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    SiteRepository sites;

    @Autowired
    PlanningJobRepository jobRows;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    InterruptedJobs interruptedJobs;

    @Autowired
    Clock clock;

    JobClient jobs;

    @BeforeEach
    void signIn() {
        jobs = new JobClient(api, api.bearer(accounts.planner()));
    }

    @Test
    void aJobPlansTheDayAndStoresADraftWithRoadRoutes() {
        LocalDate date = LocalDate.of(2032, 2, 2);
        scenarios.generateAndSave(date, 11);

        JsonNode submitted = jobs.submit(date, 3);
        assertThat(submitted.get("state").asString()).isIn("QUEUED", "SOLVING");
        assertThat(submitted.get("timeLimitSeconds").asInt()).isEqualTo(3);
        JsonNode done = jobs.awaitEnd(submitted.get("id").asString());

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("bestScore").asString()).isNotBlank();
        assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
        JsonNode link = done.get("planVersion");
        assertThat(link.get("url").asString()).startsWith("/api/v1/plans/" + date + "/versions/");

        JsonNode version = jobs.version(date, link.get("number").asInt());
        assertThat(version.get("status").asString()).isEqualTo("DRAFT");
        assertThat(version.get("router").get("kind").asString()).isEqualTo("graphhopper");
        assertThat(version.get("score").asString()).isEqualTo(done.get("bestScore").asString());
        assertAllocations(version.get("allocations"));
        assertRoutes(version.get("routes"), date);
        for (JsonNode unassigned : version.get("unassigned")) {
            assertThat(unassigned.get("reason").asString()).isNotBlank();
            assertThat(unassigned.get("detail").asString()).isNotBlank();
            assertThat(unassigned.get("goods").get(0).get("units").asLong()).isPositive();
        }
        JsonNode fairness = version.get("fairness");
        Map<String, String> comuneNames = new HashMap<>();
        fairness.get("perComune").forEach(comune -> comuneNames.put(comune.get("istat").asString(),
                comune.get("name").asString()));
        for (JsonNode allocation : version.get("allocations")) {
            assertThat(allocation.get("comuneName").asString())
                    .isEqualTo(comuneNames.get(allocation.get("comuneIstat").asString()));
        }
        assertThat(fairness.get("jain").asDouble()).isBetween(0.0, 1.0);
        assertThat(fairness.get("minimum").asDouble()).isLessThanOrEqualTo(fairness.get("mean").asDouble());
        assertThat(fairness.get("perComune")).isNotEmpty();
        assertThat(version.get("scoreAnalysis").get("constraints")).isNotEmpty();
        assertThat(version.get("feasibility").get("feasible").asBoolean()).isTrue();

        Response plan = api.get("/api/v1/plans/" + date, api.bearer(accounts.planner()));
        assertThat(plan.json().get("versions").get(0).get("status").asString()).isEqualTo("DRAFT");
    }

    private static void assertAllocations(JsonNode allocations) {
        assertThat(allocations).isNotEmpty();
        for (JsonNode allocation : allocations) {
            assertThat(allocation.get("allocated").asInt()).isBetween(0, allocation.get("requested").asInt());
            assertThat(allocation.get("reason").asString()).startsWith("requested");
            assertThat(allocation.get("comuneName").asString()).isNotBlank();
        }
    }

    private void assertRoutes(JsonNode routes, LocalDate date) {
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        Map<Long, Site> siteById = sites.findAllWithComune().stream()
                .collect(Collectors.toMap(Site::getId, Function.identity()));
        assertThat(routes).isNotEmpty();
        for (JsonNode route : routes) {
            JsonNode coordinates = route.get("geometry").get("coordinates");
            assertThat(route.get("geometry").get("type").asString()).isEqualTo("LineString");
            assertThat(coordinates.size()).isGreaterThan(10); // roads, not straight lines between stops
            assertNear(coordinates.get(0), depot);
            assertNear(coordinates.get(coordinates.size() - 1), depot);
            assertThat(route.get("distanceMetres").asInt()).isPositive();
            assertThat(route.get("stops")).isNotEmpty();
            for (JsonNode stop : route.get("stops")) {
                LocalTime arrival = LocalTime.parse(stop.get("arrival").asString());
                LocalTime departure = LocalTime.parse(stop.get("departure").asString());
                List<ReceivingWindow> windows = siteById.get(stop.get("siteId").asLong()).getReceivingWindows()
                        .stream().filter(window -> window.getDayOfWeek() == date.getDayOfWeek()).toList();
                assertThat(windows).as("served in one of its windows: " + stop).anyMatch(window ->
                        !arrival.isAfter(window.getClosesAt()) && !departure.isBefore(window.getOpensAt()));
                assertThat(stop.get("items")).isNotEmpty();
                assertThat(stop.get("items").get(0).get("units").asInt()).isPositive();
            }
        }
    }

    private static void assertNear(JsonNode point, Site site) {
        double metresPerDegree = 111_000;
        double dx = (point.get(0).asDouble() - site.getLocation().getX()) * metresPerDegree * 0.68; // cos(45.5°)
        double dy = (point.get(1).asDouble() - site.getLocation().getY()) * metresPerDegree;
        assertThat(Math.hypot(dx, dy)).as("metres from " + site.getName()).isLessThan(500);
    }

    @Test
    void theEventStreamSendsProgressThenDone() {
        LocalDate date = LocalDate.of(2032, 2, 9);
        scenarios.generateAndSave(date, 12);
        String id = jobs.submit(date, 3).get("id").asString();

        Response stream = api.get("/api/v1/plans/jobs/" + id + "/events", api.bearer(accounts.planner()),
                "text/event-stream");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        List<String> events = new ArrayList<>();
        for (String line : stream.body().split("\n")) {
            if (line.startsWith("event:")) {
                events.add(line.substring("event:".length()).trim());
            }
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(4); // at least one a second over three seconds, and done
        assertThat(events.subList(0, events.size() - 1)).containsOnly("progress");
        assertThat(events.get(events.size() - 1)).isEqualTo("done");
        String lastData = stream.body().substring(stream.body().lastIndexOf("data:") + "data:".length()).trim();
        assertThat(lastData).contains("\"state\":\"DONE\"");
        assertThat(stream.body()).contains("retry:2000", "id:done");

        // A client that lost the stream comes back with the last id it saw.
        Response midway = reconnect(id, "1500");
        Response afterTheEnd = reconnect(id, "done");
        assertThat(midway.status()).isEqualTo(200);
        assertThat(midway.body()).contains("event:done", "id:done").doesNotContain("event:progress");
        assertThat(afterTheEnd.status()).isEqualTo(204);
        assertThat(reconnect("no-such-job", "done").status()).isEqualTo(404);
    }

    private Response reconnect(String jobId, String lastEventId) {
        return api.send("/api/v1/plans/jobs/" + jobId + "/events", api.bearer(accounts.planner()), "GET", "", null,
                "Last-Event-ID", lastEventId);
    }

    @Test
    void stoppingAJobKeepsItsBestPlan() {
        LocalDate date = LocalDate.of(2032, 2, 16);
        scenarios.generateAndSave(date, 13);
        String id = jobs.submit(date, 60).get("id").asString();
        jobs.awaitJob(id, job -> job.get("bestScore") != null && !job.get("bestScore").isNull()
                && job.get("feasible").asBoolean());

        Response stopped = api.delete("/api/v1/plans/jobs/" + id, api.bearer(accounts.planner()));

        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().get("state").asString()).isEqualTo("STOPPED");
        assertThat(stopped.json().get("elapsedSeconds").asDouble()).isLessThan(30);
        JsonNode version = jobs.version(date, stopped.json().get("planVersion").get("number").asInt());
        assertThat(version.get("routes")).isNotEmpty();
        Response again = api.delete("/api/v1/plans/jobs/" + id, api.bearer(accounts.planner()));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void laterJobsWaitInTheQueueUntilTheFirstEnds() {
        LocalDate date = LocalDate.of(2032, 2, 23);
        scenarios.generateAndSave(date, 14);
        String first = jobs.submit(date, 3).get("id").asString();
        jobs.awaitJob(first, job -> job.get("state").asString().equals("SOLVING"));

        JsonNode second = jobs.submit(date, 2);

        assertThat(second.get("state").asString()).isEqualTo("QUEUED");
        assertThat(second.get("queuePosition").asInt()).isEqualTo(1);
        String secondId = second.get("id").asString();
        JsonNode stillWaiting = jobs.job(secondId);
        if (jobs.job(first).get("state").asString().equals("SOLVING")) {
            assertThat(stillWaiting.get("state").asString()).isEqualTo("QUEUED");
        }
        JsonNode third = jobs.submit(date, 2);
        assertThat(third.get("queuePosition").asInt()).isEqualTo(2);
        Response cancelled = api.delete("/api/v1/plans/jobs/" + third.get("id").asString(),
                api.bearer(accounts.planner()));
        assertThat(cancelled.json().get("state").asString()).isEqualTo("STOPPED");
        assertThat(cancelled.json().get("planVersion").isNull()).isTrue();
        assertThat(cancelled.json().get("error").asString()).contains("prima di iniziare");
        JsonNode firstDone = jobs.awaitEnd(first);
        JsonNode secondDone = jobs.awaitEnd(secondId);
        assertThat(firstDone.get("state").asString()).isEqualTo("DONE");
        assertThat(secondDone.get("state").asString()).isEqualTo("DONE");
        assertThat(OffsetDateTime.parse(secondDone.get("startedAt").asString()))
                .isAfterOrEqualTo(OffsetDateTime.parse(firstDone.get("finishedAt").asString()));
        assertThat(secondDone.get("planVersion").get("number").asInt())
                .isEqualTo(firstDone.get("planVersion").get("number").asInt() + 1);
        Response list = api.get("/api/v1/plans/jobs", api.bearer(accounts.planner()));
        assertThat(list.json().get(0).get("id").asString()).isEqualTo(third.get("id").asString()); // newest first
        assertThat(list.json().get(1).get("id").asString()).isEqualTo(secondId);
    }

    @Test
    void aVanThatCannotWorkTheDayIsLeftOutAndTheDayIsPlannedWithTheOthers() {
        LocalDate date = LocalDate.of(2036, 3, 17);
        PlanningDay day = scenarios.generateAndSave(date, 16);
        VehicleLine dayVanLine = day.fleet().get(0);
        Vehicle dayVan = vehicles.findByOrganisationAndLabel(dayVanLine.organisation(), dayVanLine.label())
                .orElseThrow();
        Vehicle nightVan = saveNightVan();
        JsonNode done;
        try {
            done = jobs.awaitEnd(jobs.submit("{\"date\":\"" + date + "\",\"timeLimitSeconds\":2,"
                    + "\"vehicleIds\":[" + nightVan.getId() + "," + dayVan.getId() + "]}").get("id").asString());
        } finally {
            vehicles.delete(nightVan); // the other tests plan with the whole fleet
        }

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode version = jobs.version(date, done.get("planVersion").get("number").asInt());
        assertThat(version.get("routes")).isNotEmpty()
                .allSatisfy(route -> assertThat(route.get("vehicleId").asLong()).isEqualTo(dayVan.getId()));
        JsonNode unused = version.get("unusedVehicles");
        assertThat(unused).hasSize(1);
        assertThat(unused.get(0).get("vehicleId").asLong()).isEqualTo(nightVan.getId());
        assertThat(unused.get(0).get("label").asString()).isEqualTo("Notturno 1");
        assertThat(unused.get(0).get("organisation").asString()).isEqualTo("Prova turni");
        assertThat(unused.get(0).get("reason").asString()).contains("20:00-23:00", "fuori dall'orario di apertura");
    }

    @Test
    void aDayNoChosenVanCanWorkEndsFailedWithTheReason() {
        LocalDate date = LocalDate.of(2032, 3, 15);
        scenarios.generateAndSave(date, 15);
        Vehicle nightVan = saveNightVan();
        JsonNode failed;
        try {
            failed = jobs.awaitEnd(jobs.submit("{\"date\":\"" + date + "\",\"timeLimitSeconds\":2,"
                    + "\"vehicleIds\":[" + nightVan.getId() + "]}").get("id").asString());
        } finally {
            vehicles.delete(nightVan); // the other tests plan with the whole fleet
        }

        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString()).contains("nessun furgone può lavorare", "Notturno 1",
                "fuori dall'orario di apertura");
        assertThat(failed.get("planVersion").isNull()).isTrue();
    }

    /** A van whose evening shift misses the depot's opening hours. */
    private Vehicle saveNightVan() {
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        Vehicle nightVan = vehicles.findByOrganisationAndLabel("Prova turni", "Notturno 1")
                .orElseGet(() -> new Vehicle("Prova turni", "Notturno 1"));
        nightVan.update(new BigDecimal("1000"), new BigDecimal("8"), false, LocalTime.of(20, 0), LocalTime.of(23, 0),
                depot);
        return vehicles.save(nightVan);
    }

    @Test
    void theHealthNamesTheRouter() {
        JsonNode router = api.get("/actuator/health", api.bearer(accounts.planner())).json().get("components")
                .get("router");

        assertThat(router.get("status").asString()).isEqualTo("UP");
        assertThat(router.get("details").get("name").asString()).isEqualTo("graphhopper");
        assertThat(router.get("details").get("dataSource").asString()).contains("milano-area-roads.osm.pbf");
    }

    @Test
    void aJobLeftSolvingByAnEarlierProcessIsReportedInterrupted() {
        PlanningJob orphan = new PlanningJob(LocalDate.of(2032, 3, 1), 30, "{}", "planner", clock);
        orphan.start(clock);
        jobRows.save(orphan);

        interruptedJobs.run(null); // what the next start of the service does

        JsonNode job = jobs.job(orphan.getId());
        assertThat(job.get("state").asString()).isEqualTo("INTERRUPTED");
        assertThat(job.get("error").asString()).contains("in corso");
        assertThat(job.get("finishedAt").isNull()).isFalse();
    }
}
