package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.plans.PublishedHistory;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import it.ccvmi.planner.planning.FairnessOptions.RequesterGoods;
import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.solver.allocation.PastOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A published version says what was asked when it was planned: editing a request afterwards changes neither the
 * version document, nor the comuni layer, nor the equity-over-time history the next days carry.
 */
@ApiTest
class PublishedVersionSnapshotTest {

    static final LocalDate DATE = LocalDate.of(2032, 4, 19);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    PublishedHistory history;

    @Test
    void editingARequestAfterPublicationLeavesThePublishedFiguresAlone() {
        scenarios.generateAndSave(DATE, 31);
        Auth planner = api.bearer(accounts.planner());
        int number = new JobClient(api, planner).plan(DATE, 2).get("planVersion").get("number").asInt();
        assertThat(api.post("/api/v1/plans/" + DATE + "/versions/" + number + "/publish", planner, "").status())
                .isEqualTo(200);
        JsonNode before = api.get("/api/v1/plans/" + DATE + "/published", planner).json();
        JsonNode allocation = StreamSupport.stream(before.get("allocations").spliterator(), false)
                .filter(a -> a.get("allocated").asInt() > 0).findFirst().orElseThrow();
        long requestId = allocation.get("requestId").asLong();
        int requested = allocation.get("requested").asInt();
        String istat = allocation.get("comuneIstat").asString();
        JsonNode comuneBefore = comuneFeature(istat);

        JsonNode request = api.get("/api/v1/requests/" + requestId, planner).json();
        ApiClient.Response edited = api.put("/api/v1/requests/" + requestId, planner, """
                {"siteId": %d, "date": "%s", "goodsCode": "%s", "units": %d}""".formatted(
                request.get("siteId").asLong(), DATE, request.get("goodsCode").asString(), requested + 40));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        JsonNode after = api.get("/api/v1/plans/" + DATE + "/published", planner).json();
        JsonNode same = StreamSupport.stream(after.get("allocations").spliterator(), false)
                .filter(a -> a.get("requestId").asLong() == requestId).findFirst().orElseThrow();
        assertThat(same.get("requested").asInt()).isEqualTo(requested);
        assertThat(same.get("fillRatio").asDouble()).isEqualTo(allocation.get("fillRatio").asDouble());
        assertThat(comuneFeature(istat).get("properties")).isEqualTo(comuneBefore.get("properties"));
        List<PastOutcome> carried = history.before(DATE.plusDays(1)).get(new RequesterGoods(
                new SiteId(request.get("siteId").asLong()), request.get("goodsCode").asString()));
        assertThat(carried).filteredOn(outcome -> outcome.daysAgo() == 1).extracting(PastOutcome::requested)
                .containsExactly((long) requested);
    }

    @Test
    void publishingSetsOnlyTheStatusOfTheRequestsAndKeepsAChangeMadeSincePlanning() {
        LocalDate date = DATE.plusDays(7);
        scenarios.generateAndSave(date, 32);
        Auth planner = api.bearer(accounts.planner());
        int number = new JobClient(api, planner).plan(date, 2).get("planVersion").get("number").asInt();
        JsonNode allocation = StreamSupport.stream(api.get("/api/v1/plans/" + date + "/versions/" + number, planner)
                .json().get("allocations").spliterator(), false)
                .filter(a -> a.get("allocated").asInt() > 0).findFirst().orElseThrow();
        long requestId = allocation.get("requestId").asLong();
        JsonNode request = api.get("/api/v1/requests/" + requestId, planner).json();
        int changed = allocation.get("requested").asInt() + 25;
        assertThat(api.put("/api/v1/requests/" + requestId, planner, """
                {"siteId": %d, "date": "%s", "goodsCode": "%s", "units": %d}""".formatted(
                request.get("siteId").asLong(), date, request.get("goodsCode").asString(), changed)).status())
                .isEqualTo(200);

        ApiClient.Response published = api.post("/api/v1/plans/" + date + "/versions/" + number + "/publish",
                planner, "");

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        JsonNode after = api.get("/api/v1/requests/" + requestId, planner).json();
        assertThat(after.get("status").asString()).isEqualTo("PLANNED");
        assertThat(after.get("units").asInt()).isEqualTo(changed);
    }

    private JsonNode comuneFeature(String istat) {
        ApiClient.Response layer = api.get("/wfs?service=WFS&version=2.0.0&request=GetFeature&outputFormat=json"
                + "&typeNames=comuni&resourceId=comuni." + istat + "&date=" + DATE, Auth.NONE);
        assertThat(layer.status()).as(layer.body()).isEqualTo(200);
        return layer.json().get("features").get(0);
    }
}
