package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Publishing plan versions through HTTP: one published version per day, the earlier one superseded. */
@ApiTest
class PlanPublicationTest {

    static final LocalDate DATE = LocalDate.of(2032, 4, 5);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Test
    void publishingANewerVersionSupersedesTheOlderAndBothStayReadable() {
        scenarios.generateAndSave(DATE, 21);
        TestAccounts.Account publisher = accounts.planner();
        Auth planner = api.bearer(publisher);
        JobClient jobs = new JobClient(api, planner);
        int first = jobs.plan(DATE, 2).get("planVersion").get("number").asInt();
        int second = jobs.plan(DATE, 2).get("planVersion").get("number").asInt();
        assertThat(api.get("/api/v1/plans/" + DATE + "/published", planner).status()).isEqualTo(404);

        Response published = publish(first, planner);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("publishedBy").asString()).isEqualTo(publisher.username());
        assertThat(api.get("/api/v1/plans/" + DATE + "/published", planner).json().get("number").asInt())
                .isEqualTo(first);
        assertRequestsFollow(published.json(), planner);

        assertThat(publish(second, planner).status()).isEqualTo(200);

        JsonNode older = jobs.version(DATE, first);
        JsonNode current = api.get("/api/v1/plans/" + DATE + "/published", planner).json();
        assertThat(older.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(older.get("routes")).isNotEmpty();
        assertThat(current.get("number").asInt()).isEqualTo(second);
        assertThat(current.get("status").asString()).isEqualTo("PUBLISHED");
        JsonNode versions = api.get("/api/v1/plans/" + DATE, planner).json().get("versions");
        assertThat(versions).extracting(version -> version.get("status").asString())
                .containsExactly("SUPERSEDED", "PUBLISHED");

        Response again = publish(second, planner);
        Response superseded = publish(first, planner);
        for (Response conflict : new Response[] {again, superseded}) {
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/plans/" + DATE + "/published", planner).json().get("number").asInt())
                .isEqualTo(second);
        assertThat(publish(99, planner).status()).isEqualTo(404);
    }

    @Test
    void onlyPlannersSeeAndPublishPlans() {
        Auth coc = api.bearer(accounts.coc("015146"));

        assertThat(api.get("/api/v1/plans/" + DATE, coc).status()).isEqualTo(403);
        assertThat(publish(1, coc).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/plans/jobs", Auth.NONE).status()).isEqualTo(401);
    }

    /** Every request the published version gives goods to is PLANNED, every other one REQUESTED. */
    private void assertRequestsFollow(JsonNode version, Auth planner) {
        Map<Long, String> statusById = new HashMap<>();
        api.get("/api/v1/requests?date=" + DATE, planner).json()
                .forEach(request -> statusById.put(request.get("id").asLong(), request.get("status").asString()));
        assertThat(version.get("allocations")).isNotEmpty().allSatisfy(allocation -> assertThat(
                statusById.get(allocation.get("requestId").asLong()))
                .isEqualTo(allocation.get("allocated").asInt() > 0 ? "PLANNED" : "REQUESTED"));
    }

    private Response publish(int number, Auth auth) {
        return api.post("/api/v1/plans/" + DATE + "/versions/" + number + "/publish", auth, "");
    }
}
