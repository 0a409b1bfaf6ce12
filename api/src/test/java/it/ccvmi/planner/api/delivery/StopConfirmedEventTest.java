package it.ccvmi.planner.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.delivery.DeliveryDays.Day;
import it.ccvmi.planner.api.portal.PortalTestClock;
import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The contract with the stock ledger: a stored confirmation publishes one {@link StopConfirmed} with the units per
 * item, a retry publishes nothing more, and a listener that fails undoes the confirmation (same transaction).
 */
@ApiTest
@Import({PortalTestClock.class, PublishedPlans.class, StopConfirmedEventTest.Ledger.class})
class StopConfirmedEventTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedPlans plans;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcTemplate jdbc;

    /** Stands for the stock ledger: records what it is told, and fails on the stops it is told to refuse. */
    @TestComponent
    static class Ledger {

        final List<StopConfirmed> received = new CopyOnWriteArrayList<>();
        final Set<Long> refusing = ConcurrentHashMap.newKeySet();

        @EventListener
        void on(StopConfirmed confirmed) {
            if (refusing.contains(confirmed.routeStopId())) {
                throw new IllegalStateException("the ledger cannot book stop " + confirmed.routeStopId());
            }
            received.add(confirmed);
        }
    }

    @Test
    void eachStoredConfirmationIsPublishedOnceAndAFailingListenerUndoesIt() {
        DeliveryDays days = new DeliveryDays(api, plans, api.bearer(accounts.planner()));
        Day day = days.publish();
        String token = days.token(day);
        JsonNode milano = days.crewRoute(token).get("stops").get(1).get("stop");
        long milanoStop = milano.get("stopId").asLong();
        long pasta = itemId(milano, "PASTA_RISO");
        long dairy = itemId(milano, "FORMAGGI_LATTICINI");
        String partial = """
                {"confirmationId": "%s", "outcome": "PARTIAL", "confirmedAt": "%sT09:12:30+01:00",
                 "items": [{"itemId": %d, "units": 6}, {"itemId": %d, "units": 0}]}
                """.formatted(UUID.randomUUID(), day.date(), pasta, dairy);

        assertThat(days.confirm(token, milanoStop, partial).status()).isEqualTo(200);
        assertThat(days.confirm(token, milanoStop, partial).status()).as("a retry").isEqualTo(200);

        List<StopConfirmed> forMilano = ledger.received.stream()
                .filter(event -> event.routeStopId() == milanoStop).toList();
        assertThat(forMilano).hasSize(1);
        assertThat(forMilano.get(0).deliveredUnitsByItemId()).isEqualTo(Map.of(pasta, 6, dairy, 0));
        assertThat(forMilano.get(0).confirmedAt()).isEqualTo(Instant.parse(day.date() + "T08:12:30Z"));

        long sestoStop = day.stored().stopIds().get(0);
        ledger.refusing.add(sestoStop);
        Response refused = days.confirm(token, sestoStop, """
                {"confirmationId": "%s", "outcome": "DELIVERED", "confirmedAt": "%sT08:45:00+01:00"}"""
                .formatted(UUID.randomUUID(), day.date()));
        assertThat(refused.status()).isEqualTo(500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stop_confirmation WHERE route_stop_id = ?",
                Integer.class, sestoStop)).as("the confirmation went with the ledger's failure").isZero();
    }

    private static long itemId(JsonNode stop, String goodsCode) {
        for (JsonNode item : stop.get("items")) {
            if (item.get("goodsCode").asString().equals(goodsCode)) {
                return item.get("itemId").asLong();
            }
        }
        throw new AssertionError(goodsCode + " not on the stop");
    }
}
