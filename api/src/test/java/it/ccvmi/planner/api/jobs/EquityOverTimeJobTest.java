package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
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
import it.ccvmi.planner.planning.goods.GoodsFamily;
import it.ccvmi.planner.planning.goods.GoodsUnit;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Equity over time through the jobs: on a Sunday the COC of Milano (closed on Sundays) gets nothing delivered
 * of its fair share while an ATS hub gets its own; once that plan is published, Monday's split favours Milano.
 */
@ApiTest
class EquityOverTimeJobTest {

    static final LocalDate SUNDAY = LocalDate.of(2032, 3, 7);
    static final LocalDate MONDAY = SUNDAY.plusDays(1);

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
    StockLotRepository stock;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    Clock clock;

    @Test
    void aComuneShortedByYesterdaysPublishedPlanGetsPriorityToday() {
        Site milano = sites.findByComuneIstatCodeOrderByKindAscNameAsc("015146").stream()
                .filter(site -> site.getKind() == SiteKind.COC).findFirst().orElseThrow();
        Site hub = sites.findByKindOrderByName(SiteKind.ATS_HUB).get(0);
        // A goods type of its own: the stock ledger carries other tests' lots of the standard goods over to these days.
        GoodsType goods = goodsTypes.save(new GoodsType("PROVA_EQUITA", "Prova equità", GoodsFamily.FOOD,
                TemperatureClass.AMBIENT, GoodsUnit.CASE, BigDecimal.ONE, new BigDecimal("0.01")));
        Vehicle van = aVan();
        for (LocalDate day : new LocalDate[] {SUNDAY, MONDAY}) {
            // 20 units asked for, 10 in stock (good that day only): a fair share of 5 each
            requests.save(new DeliveryRequest(milano, day, goods, 10, RequestStatus.REQUESTED, clock));
            requests.save(new DeliveryRequest(hub, day, goods, 10, RequestStatus.REQUESTED, clock));
            stock.save(new StockLot(sites.findByKindOrderByName(SiteKind.DEPOT).get(0), goods, 10,
                    new BigDecimal("10.0"), day, day));
        }
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);
        String plan = "{\"date\":\"%s\",\"timeLimitSeconds\":2,\"vehicleIds\":[" + van.getId() + "]%s}";

        JsonNode sunday = version(jobs, jobs.submit(plan.formatted(SUNDAY, "")));
        assertThat(allocated(sunday, milano)).isEqualTo(5);
        assertThat(sunday.get("unassigned")).anyMatch(entry -> entry.get("siteId").asLong() == milano.getId()
                && entry.get("reason").asString().equals("SITE_CLOSED"));
        assertThat(api.post("/api/v1/plans/" + SUNDAY + "/versions/" + sunday.get("number").asInt() + "/publish",
                planner, "").status()).isEqualTo(200);

        JsonNode withHistory = version(jobs, jobs.submit(plan.formatted(MONDAY, "")));
        JsonNode withoutHistory = version(jobs, jobs.submit(plan.formatted(MONDAY,
                ",\"fairness\":{\"equityOverTime\":false}")));

        assertThat(allocated(withHistory, milano)).isGreaterThan(allocated(withHistory, hub));
        assertThat(reason(withHistory, milano)).contains("carried shortfall 0.5");
        assertThat(allocated(withoutHistory, milano)).isEqualTo(allocated(withoutHistory, hub)).isEqualTo(5);
    }

    private Vehicle aVan() {
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        Vehicle van = vehicles.findByOrganisationAndLabel("Prova equità", "Furgone 1")
                .orElseGet(() -> new Vehicle("Prova equità", "Furgone 1"));
        van.update(new BigDecimal("1500"), new BigDecimal("10"), false, LocalTime.of(8, 0), LocalTime.of(18, 0), depot);
        return vehicles.save(van);
    }

    private static JsonNode version(JobClient jobs, JsonNode submitted) {
        JsonNode done = jobs.awaitEnd(submitted.get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode link = done.get("planVersion");
        return jobs.version(LocalDate.parse(link.get("date").asString()), link.get("number").asInt());
    }

    private static int allocated(JsonNode version, Site site) {
        return allocation(version, site).get("allocated").asInt();
    }

    private static String reason(JsonNode version, Site site) {
        return allocation(version, site).get("reason").asString();
    }

    private static JsonNode allocation(JsonNode version, Site site) {
        for (JsonNode allocation : version.get("allocations")) {
            if (allocation.get("siteId").asLong() == site.getId()) {
                return allocation;
            }
        }
        throw new AssertionError("no allocation to " + site.getName() + " in " + version);
    }
}
