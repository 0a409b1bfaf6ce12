package it.ccvmi.planner.api.jobs;

import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The queue is bounded per date, and a queued job reads the day when it starts, not when it was submitted. */
@ApiTest
class PlanningJobLimitsTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDateTakesThreeJobsAndAQueuedJobPlansTheDataOfItsStart() {
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        LocalDate busy = LocalDate.of(2037, 8, 10);
        LocalDate emptied = LocalDate.of(2037, 8, 11);
        scenarios.generateAndSave(busy, 21);
        scenarios.generateAndSave(emptied, 22);
        String solving = jobs.submit(busy, 60).get("id").asString();
        jobs.awaitJob(solving, job -> job.get("state").asString().equals("SOLVING"));
        String waiting = jobs.submit(emptied, 2).get("id").asString();
        String secondBusy = jobs.submit(busy, 2).get("id").asString();
        String thirdBusy = jobs.submit(busy, 2).get("id").asString();

        ApiClient.Response fourthBusy = api.post("/api/v1/plans", planner, "{\"date\":\"" + busy + "\"}");

        JsonNode refused = assertProblem(fourthBusy, 409);
        assertThat(refused.get("detail").asString()).contains(busy.toString(), "3 calcoli");

        // While its job waits, the day's requests are withdrawn: the job must find them gone when it starts.
        jdbc.update("DELETE FROM delivery_request WHERE delivery_date = ?", emptied);
        for (String id : new String[] {thirdBusy, secondBusy, solving}) {
            assertThat(api.delete("/api/v1/plans/jobs/" + id, planner).status()).isEqualTo(200);
        }
        JsonNode failed = jobs.awaitEnd(waiting);

        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString()).contains("non ci sono richieste di consegna per il " + emptied)
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
    }
}
