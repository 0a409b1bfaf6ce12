package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.job.PlanningJobRepository;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests that cannot be planned are refused with a problem document naming the field, and create nothing. */
@ApiTest
class PlanningJobValidationTest {

    static final LocalDate PLANNABLE = LocalDate.of(2032, 5, 3);
    static final LocalDate EMPTY_DAY = LocalDate.of(2032, 12, 25);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    PlanningJobRepository jobRows;

    @Autowired
    VehicleRepository vehicles;

    @Test
    void badRequestsNameTheFieldAndCreateNoJob() {
        scenarios.generateAndSave(PLANNABLE, 31);
        long jobsBefore = jobRows.count();

        assertRefused("{\"date\":\"" + PLANNABLE + "\",\"timeLimitSeconds\":0}", "timeLimitSeconds");
        assertRefused("{\"date\":\"" + PLANNABLE + "\",\"timeLimitSeconds\":601}", "timeLimitSeconds");
        assertRefused("{\"timeLimitSeconds\":5}", "date");
        assertRefused("{\"date\":\"" + EMPTY_DAY + "\"}", "date");
        assertRefused("{\"date\":\"" + PLANNABLE + "\",\"vehicleIds\":[987654321]}", "vehicleIds");
        assertRefused("{\"date\":\"" + PLANNABLE + "\",\"vehicleIds\":[]}", "vehicleIds");
        assertRefused("{\"date\":\"" + PLANNABLE + "\",\"vehicleIds\":[" + demoVanOf(PLANNABLE.plusDays(1)) + "]}",
                "vehicleIds");
        assertRefused("{\"date\":\"" + PLANNABLE + "\",\"fairness\":{\"needWeights\":{\"987654321\":2}}}",
                "fairness.needWeights");

        assertThat(jobRows.count()).isEqualTo(jobsBefore);
        assertThat(api.get("/api/v1/plans/" + EMPTY_DAY, planner()).status()).isEqualTo(404);
    }

    @Test
    void unknownJobsAndVersionsAreNotFound() {
        for (String path : new String[] {"/api/v1/plans/jobs/no-such-job", "/api/v1/plans/jobs/no-such-job/events",
                "/api/v1/plans/" + EMPTY_DAY + "/versions/1", "/api/v1/plans/" + EMPTY_DAY + "/published"}) {
            Response response = api.get(path, planner());
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(api.delete("/api/v1/plans/jobs/no-such-job", planner()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plans/2032-13-45", planner()).status()).isEqualTo(400);
    }

    @Test
    void onlyPlannersPlan() {
        Response coc = api.post("/api/v1/plans", api.bearer(accounts.coc("015146")),
                "{\"date\":\"" + PLANNABLE + "\"}");

        assertThat(coc.status()).isEqualTo(403);
    }

    /** A van the demo day of {@code date} generated: it works on that date only. */
    private long demoVanOf(LocalDate date) {
        long id = api.post("/api/v1/vehicles", planner(), """
                {"organisation": "Demo %s", "label": "Ducato", "capacityKg": 1200, "capacityM3": 10,
                 "refrigerated": false, "shiftStart": "08:00", "shiftEnd": "16:30"}""".formatted(date))
                .json().get("id").asLong();
        Vehicle van = vehicles.findById(id).orElseThrow();
        van.markDemoVan(date);
        vehicles.save(van);
        return id;
    }

    private void assertRefused(String body, String field) {
        Response response = api.post("/api/v1/plans", planner(), body);
        assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).as(body).isEqualTo(field);
    }

    private Auth planner() {
        return api.bearer(accounts.planner());
    }
}
