package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.Problems;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Planning a day follows its "Furgoni del giorno": vans off that day get no route, a shift of the day counts. */
@ApiTest
class FleetDayPlanningTest {

    private static final LocalDate DAY = LocalDate.of(2036, 4, 15);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    VehicleRepository vehicles;

    @Test
    void aVanOffThatDayGetsNoRouteAndAShiftOfTheDayIsKept() {
        PlanningDay day = scenarios.generateAndSave(DAY, 17);
        // The van planned alone below carries every goods type, chilled ones included.
        VehicleLine refrigerated = day.fleet().stream().filter(VehicleLine::refrigerated).findFirst().orElseThrow();
        long shifted = vehicleId(refrigerated);
        long off = vehicleId(day.fleet().stream().filter(line -> line != refrigerated).findFirst().orElseThrow());
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        assertThat(api.put("/api/v1/fleet/" + DAY + "/" + off, planner,
                "{\"available\": false, \"crew\": \"in officina\"}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/fleet/" + DAY + "/" + shifted, planner,
                "{\"available\": true, \"shiftStart\": \"10:00\", \"shiftEnd\": \"12:30\"}").status()).isEqualTo(200);

        JsonNode named = Problems.assertProblem(api.post("/api/v1/plans", planner,
                "{\"date\": \"" + DAY + "\", \"vehicleIds\": [" + off + ", " + shifted + "]}"), 400);
        assertThat(named.get("errors").get(0).get("field").asString()).isEqualTo("vehicleIds");
        assertThat(named.get("errors").get(0).get("message").asString()).contains("non è disponibile il 15/04/2036");

        long demoVanOfTheNextDay = api.post("/api/v1/vehicles", planner, """
                {"organisation": "Demo %s", "label": "Ducato", "capacityKg": 1200, "capacityM3": 10,
                 "refrigerated": false, "shiftStart": "08:00", "shiftEnd": "17:00"}""".formatted(DAY.plusDays(1)))
                .json().get("id").asLong();
        Vehicle demo = vehicles.findById(demoVanOfTheNextDay).orElseThrow();
        demo.markDemoVan(DAY.plusDays(1));
        vehicles.save(demo);

        JsonNode whole = version(jobs, "{\"date\": \"" + DAY + "\", \"timeLimitSeconds\": 2}");
        assertThat(whole.get("routes")).isNotEmpty()
                .noneSatisfy(route -> assertThat(route.get("vehicleId").asLong()).isEqualTo(off))
                .noneSatisfy(route -> assertThat(route.get("vehicleId").asLong()).isEqualTo(demoVanOfTheNextDay));
        // a demo van of another day is not part of this day's fleet at all, not even among the unused vans
        assertThat(whole.get("unusedVehicles").valueStream().map(van -> van.get("vehicleId").asLong()))
                .doesNotContain(demoVanOfTheNextDay);
        assertThat(whole.get("unusedVehicles").valueStream()
                .filter(van -> van.get("vehicleId").asLong() == off).findFirst().orElseThrow()
                .get("reason").asString()).isEqualTo("non disponibile oggi");
        whole.get("routes").valueStream().filter(route -> route.get("vehicleId").asLong() == shifted)
                .forEach(FleetDayPlanningTest::assertWithinTheShiftOfTheDay);

        JsonNode alone = version(jobs, "{\"date\": \"" + DAY + "\", \"timeLimitSeconds\": 2, \"vehicleIds\": ["
                + shifted + "]}");
        assertThat(alone.get("routes")).isNotEmpty()
                .allSatisfy(route -> assertThat(route.get("vehicleId").asLong()).isEqualTo(shifted))
                .allSatisfy(FleetDayPlanningTest::assertWithinTheShiftOfTheDay);
    }

    private static void assertWithinTheShiftOfTheDay(JsonNode route) {
        assertThat(LocalTime.parse(route.get("departure").asString())).as(route.toString())
                .isAfterOrEqualTo(LocalTime.of(10, 0));
        assertThat(LocalTime.parse(route.get("returnTime").asString())).as(route.toString())
                .isBeforeOrEqualTo(LocalTime.of(12, 30));
    }

    private static JsonNode version(JobClient jobs, String body) {
        JsonNode done = jobs.awaitEnd(jobs.submit(body).get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        return jobs.version(DAY, done.get("planVersion").get("number").asInt());
    }

    private long vehicleId(VehicleLine line) {
        return vehicles.findByOrganisationAndLabel(line.organisation(), line.label()).orElseThrow().getId();
    }
}
