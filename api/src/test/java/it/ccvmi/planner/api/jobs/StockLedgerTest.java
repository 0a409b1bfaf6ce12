package it.ccvmi.planner.api.jobs;

import static it.ccvmi.planner.api.jobs.LedgerDays.allocated;
import static it.ccvmi.planner.api.jobs.LedgerDays.carried;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.api.delivery.StopConfirmed;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;

/**
 * The stock ledger through HTTP on PostGIS: a published plan reserves its units first-expiring-first, a later day
 * plans only what is left, re-publishing a day replaces its own reservations, publications the stock cannot cover
 * fail whole (also two at once), expired lots are left out and listed, and a crew's confirmation turns reservations
 * into deliveries. Each test has its own goods type and days (Mondays and Tuesdays of 2041, used by no other test).
 */
@ApiTest
class StockLedgerTest {

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
    PlanVersionRepository versions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    LedgerDays days;

    Auth planner;

    JobClient jobs;

    @BeforeEach
    void setUp() {
        days = new LedgerDays(api, sites, goodsTypes, requests, lots, vehicles, clock);
        planner = api.bearer(accounts.planner());
        jobs = new JobClient(api, planner);
    }

    @Test
    void twoConsecutiveDaysNeverHandOutTheSameUnit() {
        LocalDate monday = LocalDate.of(2041, 1, 7);
        LocalDate tuesday = monday.plusDays(1);
        GoodsType goods = days.goods("PROVA_LEDGER_GIORNI", "Prova registro: giorni consecutivi");
        StockLot early = days.lot(goods, 4, monday.minusDays(2), monday.plusDays(5));
        StockLot late = days.lot(goods, 10, monday.minusDays(1), null);
        days.requests(goods, monday, 8);
        days.requests(goods, tuesday, 8);

        JsonNode first = days.plan(jobs, monday);
        assertThat(allocated(first)).isEqualTo(14);
        assertThat(days.publish(first, planner).status()).isEqualTo(200);
        int reservedMonday = carried(first);
        assertThat(reservedMonday).isPositive();
        // first expiring first: the lot with an expiry date goes out before the lot that keeps
        assertThat(days.lotLine(planner, monday, early, "lots").get("reserved").asInt())
                .isEqualTo(Math.min(4, reservedMonday));
        JsonNode monday1 = days.goodsLine(planner, monday, goods);
        assertThat(monday1.get("onHand").asInt()).isEqualTo(14);
        assertThat(monday1.get("reserved").asInt()).isEqualTo(reservedMonday);
        assertThat(monday1.get("available").asInt()).isEqualTo(14 - reservedMonday);

        days.lot(goods, 3, tuesday, null);
        JsonNode second = days.plan(jobs, tuesday);
        assertThat(allocated(second)).as("Tuesday splits only what Monday left")
                .isEqualTo(Math.min(16, 17 - reservedMonday));
        assertThat(days.publish(second, planner).status()).isEqualTo(200);
        JsonNode tuesdayLine = days.goodsLine(planner, tuesday, goods);
        assertThat(tuesdayLine.get("reserved").asInt()).isEqualTo(reservedMonday + carried(second));
        assertThat(tuesdayLine.get("available").asInt()).isEqualTo(17 - reservedMonday - carried(second));
        assertNoUnitReservedTwice();
    }

    @Test
    void republishingADayReplacesItsOwnReservations() {
        LocalDate monday = LocalDate.of(2041, 2, 4);
        GoodsType goods = days.goods("PROVA_LEDGER_VERSIONI", "Prova registro: nuove versioni");
        StockLot lot = days.lot(goods, 10, monday.minusDays(1), null);
        days.requests(goods, monday, 8);

        JsonNode first = days.plan(jobs, monday);
        assertThat(days.publish(first, planner).status()).isEqualTo(200);
        JsonNode second = days.plan(jobs, monday);
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(allocated(second)).as("the day's own reservations count as available").isEqualTo(10);
        assertThat(days.publish(second, planner).status()).isEqualTo(200);

        JsonNode line = days.lotLine(planner, monday, lot, "lots");
        assertThat(line.get("reserved").asInt()).isEqualTo(carried(second));
        // one reservation per stop item (a stop for each of the two requesters)
        assertThat(line.get("movements")).extracting(movement -> movement.get("kind").asString()
                + " " + movement.path("planVersion").asInt(0)).containsExactly("RECEIVED 0",
                "RESERVED 1", "RESERVED 1", "RELEASED 1", "RELEASED 1", "RESERVED 2", "RESERVED 2");
        assertNoUnitReservedTwice();

        // a lot the ledger moved keeps its history: no deleting it, no correcting it below what it gave
        String lotPath = "/api/v1/stock-lots/" + lot.getId();
        String correction = "{\"goodsCode\": \"%s\", \"units\": %d, \"arrivalDate\": \"%s\"}";
        Response tooFew = api.put(lotPath, planner, correction.formatted(goods.getCode(), carried(second) - 1,
                monday.minusDays(1)));
        assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(409);
        assertThat(tooFew.json().get("title").asString()).isEqualTo("Lotto già in uso");
        assertThat(api.delete(lotPath, planner).status()).isEqualTo(409);
        assertThat(api.put(lotPath, planner, correction.formatted(goods.getCode(), 12, monday.minusDays(1)))
                .status()).isEqualTo(200);
        assertThat(days.lotLine(planner, monday, lot, "lots").get("available").asInt())
                .isEqualTo(12 - carried(second));
    }

    @Test
    void aPublicationTheStockCannotCoverFailsAndReservesNothing() {
        LocalDate monday = LocalDate.of(2041, 3, 4);
        LocalDate tuesday = monday.plusDays(1);
        GoodsType goods = days.goods("PROVA_LEDGER_SCARSE", "Prova registro: scorte scarse");
        days.lot(goods, 6, monday.minusDays(1), null);
        days.requests(goods, monday, 8);
        days.requests(goods, tuesday, 8);
        JsonNode mondayDraft = days.plan(jobs, monday);
        JsonNode tuesdayDraft = days.plan(jobs, tuesday); // planned on the same 6 units: nothing published yet
        assertThat(carried(mondayDraft)).isEqualTo(6);
        assertThat(days.publish(mondayDraft, planner).status()).isEqualTo(200);
        long movements = movementCount();

        Response refused = days.publish(tuesdayDraft, planner);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Scorte insufficienti");
        assertThat(refused.json().get("detail").asString()).contains("Prova registro: scorte scarse")
                .contains("Nessuna unità è stata riservata");
        assertThat(movementCount()).isEqualTo(movements);
        assertThat(jobs.version(tuesday, tuesdayDraft.get("number").asInt()).get("status").asString())
                .isEqualTo("DRAFT");
        assertThat(api.get("/api/v1/plans/" + tuesday + "/published", planner).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/requests?date=" + tuesday, planner).json())
                .allSatisfy(request -> assertThat(request.get("status").asString()).isEqualTo("REQUESTED"));
    }

    @Test
    void lotsExpiredBeforeTheDayAreLeftOutAndListed() {
        LocalDate monday = LocalDate.of(2041, 4, 1);
        GoodsType goods = days.goods("PROVA_LEDGER_SCADUTI", "Prova registro: lotti scaduti");
        StockLot expired = days.lot(goods, 20, monday.minusDays(5), monday.minusDays(1));
        StockLot lastDay = days.lot(goods, 3, monday.minusDays(5), monday);
        days.requests(goods, monday, 8);

        JsonNode plan = days.plan(jobs, monday);

        assertThat(allocated(plan)).as("only the lot still good on the day").isEqualTo(3);
        assertThat(days.lotLine(planner, monday, expired, "expiredLots").get("onHand").asInt()).isEqualTo(20);
        assertThat(days.lotLine(planner, monday, lastDay, "lots").get("available").asInt()).isEqualTo(3);
        assertThat(days.goodsLine(planner, monday, goods).get("onHand").asInt()).isEqualTo(3);
        List<Long> usable = api.get("/api/v1/stock-lots/usable?date=" + monday, planner).json().findValues("id")
                .stream().map(JsonNode::asLong).toList();
        assertThat(usable).contains(lastDay.getId()).doesNotContain(expired.getId());
    }

    @Test
    void twoPublicationsAtOnceCompetingForTheSameLotReserveEachUnitOnce() throws Exception {
        LocalDate monday = LocalDate.of(2041, 5, 6);
        LocalDate tuesday = monday.plusDays(1);
        GoodsType goods = days.goods("PROVA_LEDGER_CONCORRENTI", "Prova registro: pubblicazioni concorrenti");
        StockLot lot = days.lot(goods, 6, monday.minusDays(1), null);
        days.requests(goods, monday, 8);
        days.requests(goods, tuesday, 8);
        JsonNode mondayDraft = days.plan(jobs, monday);
        JsonNode tuesdayDraft = days.plan(jobs, tuesday);
        assertThat(carried(mondayDraft)).isEqualTo(6);
        assertThat(carried(tuesdayDraft)).isEqualTo(6);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService publishers = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (JsonNode draft : new JsonNode[] {mondayDraft, tuesdayDraft}) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return days.publish(draft, planner);
                }, publishers));
            }
            start.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(Response::status).toList();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            publishers.shutdown();
        }
        assertThat(days.lotLine(planner, tuesday, lot, "lots").get("reserved").asInt()).isEqualTo(6);
        assertNoUnitReservedTwice();
    }

    @Test
    void aConfirmedStopTurnsItsReservationsDeliveredAndReleasesTheRest() {
        LocalDate monday = LocalDate.of(2041, 6, 3);
        GoodsType goods = days.goods("PROVA_LEDGER_CONSEGNE", "Prova registro: consegne confermate");
        days.lot(goods, 4, monday.minusDays(2), monday.plusDays(3));
        days.lot(goods, 10, monday.minusDays(1), null);
        days.requests(goods, monday, 5);
        JsonNode plan = days.plan(jobs, monday);
        assertThat(days.publish(plan, planner).status()).isEqualTo(200);
        int reserved = carried(plan);
        List<StopItems> stops = stopsOfThePublishedVersion(monday);
        assertThat(stops).hasSize(2);

        // the first stop handed over everything, the second all but one unit of each item
        StopItems whole = stops.get(0);
        Map<Long, Integer> short1 = new HashMap<>();
        stops.get(1).units().forEach((itemId, units) -> short1.put(itemId, units - 1));
        confirm(whole.stopId(), whole.units());
        confirm(stops.get(1).stopId(), short1);

        int delivered = reserved - short1.size();
        JsonNode line = days.goodsLine(planner, monday, goods);
        assertThat(line.get("delivered").asInt()).isEqualTo(delivered);
        assertThat(line.get("reserved").asInt()).isZero();
        assertThat(line.get("onHand").asInt()).isEqualTo(14 - delivered);
        assertThat(line.get("available").asInt()).isEqualTo(14 - delivered);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(m.units), 0) FROM stock_movement m JOIN stock_lot l"
                + " ON l.id = m.stock_lot_id WHERE l.goods_type = ? AND m.kind = 'RELEASED'", Integer.class,
                goods.getCode())).isEqualTo(short1.size());

        // confirming the same stop again cannot deliver units no longer reserved: the event's transaction fails
        long movements = movementCount();
        assertThatThrownBy(() -> confirm(whole.stopId(), whole.units()))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        problem -> assertThat(problem.getStatusCode().value()).isEqualTo(409));
        assertThat(movementCount()).isEqualTo(movements);
    }

    /** A stop and the planned units of its items, by route_stop_item id. */
    private record StopItems(long stopId, Map<Long, Integer> units) {
    }

    private List<StopItems> stopsOfThePublishedVersion(LocalDate day) {
        return new TransactionTemplate(transactions).execute(status -> {
            List<StopItems> stops = new ArrayList<>();
            for (Route route : versions.findPublished(day).orElseThrow().getRoutes()) {
                for (RouteStop stop : route.getStops()) {
                    Map<Long, Integer> units = new HashMap<>();
                    stop.getItems().forEach(item -> units.put(item.getId(), item.getUnits()));
                    stops.add(new StopItems(stop.getId(), units));
                }
            }
            return stops;
        });
    }

    /** As the crews' confirmation does: the event published inside the transaction that stores it. */
    private void confirm(long stopId, Map<Long, Integer> deliveredByItem) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new StopConfirmed(stopId, deliveredByItem, Instant.parse("2041-06-03T10:15:00Z"))));
    }

    /** No lot has more units set aside or delivered than it received (delivered units were reserved first). */
    private void assertNoUnitReservedTwice() {
        List<Long> overbooked = jdbc.queryForList("""
                SELECT l.id FROM stock_lot l JOIN stock_movement m ON m.stock_lot_id = l.id
                GROUP BY l.id, l.units
                HAVING SUM(CASE m.kind WHEN 'RESERVED' THEN m.units WHEN 'RELEASED' THEN -m.units ELSE 0 END) > l.units
                """, Long.class);
        assertThat(overbooked).isEmpty();
    }

    private long movementCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement", Long.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
