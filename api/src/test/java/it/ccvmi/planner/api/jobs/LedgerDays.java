package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
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
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Small delivery days for the stock-ledger tests, each of its own goods type (the ledger carries every lot over to
 * later days, so a goods type of the test's own keeps other tests' lots out): two requesters (the COC of Milano and
 * an ATS hub, both open on weekdays), lots of the goods, one van, planned through the jobs and published over HTTP.
 */
final class LedgerDays {

    private final ApiClient api;
    private final SiteRepository sites;
    private final GoodsTypeRepository goodsTypes;
    private final DeliveryRequestRepository requests;
    private final StockLotRepository lots;
    private final VehicleRepository vehicles;
    private final Clock clock;

    LedgerDays(ApiClient api, SiteRepository sites, GoodsTypeRepository goodsTypes,
            DeliveryRequestRepository requests, StockLotRepository lots, VehicleRepository vehicles, Clock clock) {
        this.api = api;
        this.sites = sites;
        this.goodsTypes = goodsTypes;
        this.requests = requests;
        this.lots = lots;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    /** A goods type of the test's own: 1 kg and 0.01 m³ a case, ambient. */
    GoodsType goods(String code, String italianName) {
        return goodsTypes.save(new GoodsType(code, italianName, GoodsFamily.FOOD, TemperatureClass.AMBIENT,
                GoodsUnit.CASE, BigDecimal.ONE, new BigDecimal("0.01")));
    }

    /** Milano's COC and an ATS hub each ask for this many units on the day. */
    void requests(GoodsType goods, LocalDate day, int unitsEach) {
        for (Site site : new Site[] {milano(), hub()}) {
            requests.save(new DeliveryRequest(site, day, goods, unitsEach, RequestStatus.REQUESTED, clock));
        }
    }

    StockLot lot(GoodsType goods, int units, LocalDate arrival, LocalDate expiry) {
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        return lots.save(new StockLot(depot, goods, units, BigDecimal.valueOf(units), arrival, expiry));
    }

    /** Plans the day with the ledger tests' van; returns the stored draft. */
    JsonNode plan(JobClient jobs, LocalDate day) {
        JsonNode submitted = jobs.submit("{\"date\":\"%s\",\"timeLimitSeconds\":2,\"vehicleIds\":[%d]}"
                .formatted(day, van().getId()));
        JsonNode done = jobs.awaitEnd(submitted.get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        return jobs.version(day, done.get("planVersion").get("number").asInt());
    }

    Response publish(JsonNode version, Auth planner) {
        return api.post("/api/v1/plans/" + version.get("date").asString() + "/versions/" + version.get("number").asInt()
                + "/publish", planner, "");
    }

    /** The units the version's allocations give out. */
    static int allocated(JsonNode version) {
        return StreamSupport.stream(version.get("allocations").spliterator(), false)
                .mapToInt(allocation -> allocation.get("allocated").asInt()).sum();
    }

    /** The units the version's vans carry (what its publication reserves). */
    static int carried(JsonNode version) {
        int units = 0;
        for (JsonNode route : version.get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                for (JsonNode item : stop.get("items")) {
                    units += item.get("units").asInt();
                }
            }
        }
        return units;
    }

    /** The ledger's line of the goods type on the date, or an empty node when it has no lot in the depot then. */
    JsonNode goodsLine(Auth planner, LocalDate date, GoodsType goods) {
        Response ledger = api.get("/api/v1/stock/ledger?date=" + date, planner);
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        for (JsonNode line : ledger.json().get("goods")) {
            if (line.get("goodsCode").asString().equals(goods.getCode())) {
                return line;
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /** The ledger's line of a lot on the date, among the good or the expired lots. */
    JsonNode lotLine(Auth planner, LocalDate date, StockLot lot, String list) {
        for (JsonNode line : api.get("/api/v1/stock/ledger?date=" + date, planner).json().get(list)) {
            if (line.get("lotId").asLong() == lot.getId()) {
                return line;
            }
        }
        throw new AssertionError("lot " + lot.getId() + " is not in " + list + " on " + date);
    }

    private Site milano() {
        return sites.findByComuneIstatCodeOrderByKindAscNameAsc("015146").stream()
                .filter(site -> site.getKind() == SiteKind.COC).findFirst().orElseThrow();
    }

    private Site hub() {
        return sites.findByKindOrderByName(SiteKind.ATS_HUB).get(0);
    }

    private Vehicle van() {
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        Vehicle van = vehicles.findByOrganisationAndLabel("Prova magazzino", "Furgone 1")
                .orElseGet(() -> new Vehicle("Prova magazzino", "Furgone 1"));
        van.update(new BigDecimal("1500"), new BigDecimal("10"), false, LocalTime.of(8, 0), LocalTime.of(18, 0), depot);
        return vehicles.save(van);
    }
}
