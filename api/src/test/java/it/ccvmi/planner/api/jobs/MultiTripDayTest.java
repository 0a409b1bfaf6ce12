package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
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
import it.ccvmi.planner.planning.goods.GoodsCodes;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A day with more goods than one van-load, on the real road graph and database: three COCs near the Idroscalo ask
 * 240 kg of pasta each and the one van carries 300 kg, so it returns to the depot to reload. The stored version shows
 * the depot returns as stops without goods that start the next trip, the COC schedule of the depot's own comune does
 * not list them as deliveries, and the WFS layers mark them.
 */
@ApiTest
class MultiTripDayTest {

    static final LocalDate MONDAY = LocalDate.of(2032, 6, 14);
    /** Peschiera Borromeo (the depot's comune), Segrate, Pioltello. */
    static final List<String> NEAR_THE_DEPOT = List.of("015171", "015205", "015175");

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
    void aVanShortOfRoomMakesASecondTripShownInTheVersionScheduleAndLayers() {
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        GoodsType pasta = goodsTypes.findById(GoodsCodes.PASTA_RISO).orElseThrow();
        List<Site> cocs = new ArrayList<>();
        for (String istat : NEAR_THE_DEPOT) {
            Site coc = sites.findByComuneIstatCodeOrderByKindAscNameAsc(istat).stream()
                    .filter(site -> site.getKind() == SiteKind.COC).findFirst().orElseThrow();
            cocs.add(coc);
            requests.save(new DeliveryRequest(coc, MONDAY, pasta, 20, RequestStatus.REQUESTED, clock));
        }
        stock.save(new StockLot(depot, pasta, 60, new BigDecimal("720.0"), MONDAY, MONDAY));
        Vehicle van = smallVan(depot);
        Auth planner = api.bearer(accounts.planner());
        JobClient jobs = new JobClient(api, planner);

        JsonNode done = jobs.awaitEnd(jobs.submit("{\"date\":\"" + MONDAY + "\",\"timeLimitSeconds\":3,\"vehicleIds\":["
                + van.getId() + "]}").get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        int number = done.get("planVersion").get("number").asInt();
        JsonNode version = jobs.version(MONDAY, number);

        assertThat(version.get("unassigned")).as("every delivery fits with depot returns").isEmpty();
        assertThat(version.get("routes")).hasSize(1);
        JsonNode stops = version.get("routes").get(0).get("stops");
        int reloads = 0;
        int expectedTrip = 1;
        for (JsonNode stop : stops) {
            assertThat(stop.get("trip").asInt()).as(stop.toString()).isEqualTo(expectedTrip);
            if (stop.get("reload").asBoolean()) {
                reloads++;
                expectedTrip++;
                assertThat(stop.get("siteId").asLong()).isEqualTo(depot.getId());
                assertThat(stop.get("items")).isEmpty();
                assertThat(LocalTime.parse(stop.get("departure").asString()))
                        .isEqualTo(LocalTime.parse(stop.get("arrival").asString()).plusMinutes(25));
            } else {
                assertThat(stop.get("items")).isNotEmpty();
                assertThat(stop.get("loadKg").decimalValue()).isLessThanOrEqualTo(new BigDecimal("300"));
            }
        }
        assertThat(reloads).as("240 kg per COC, 300 kg per trip: a trip per COC").isEqualTo(2);

        Response published = api.post("/api/v1/plans/" + MONDAY + "/versions/" + number + "/publish", planner, "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        String depotComune = depot.getComune().getIstatCode();
        JsonNode schedule = api.get("/api/v1/coc/" + depotComune + "/schedule?date=" + MONDAY, planner).json();
        assertThat(schedule.get("deliveries")).as("the COC's delivery, not the van's depot returns").hasSize(1)
                .allSatisfy(delivery -> assertThat(delivery.get("siteId").asLong()).isEqualTo(cocs.get(0).getId()));

        JsonNode stopFeatures = api.get("/wfs?service=WFS&request=GetFeature&outputFormat=json&typeNames=stops&date=" + MONDAY
                + "&sortBy=sequence", Auth.NONE).json().get("features");
        assertThat(stopFeatures).hasSize(stops.size());
        assertThat(stopFeatures).filteredOn(stop -> stop.get("properties").get("stopType").asString().equals("reload"))
                .hasSize(reloads)
                .allSatisfy(stop -> assertThat(stop.get("properties").get("deliveredKg").decimalValue()).isZero());
        List<Integer> trips = new ArrayList<>();
        stops.forEach(stop -> trips.add(stop.get("trip").asInt()));
        assertThat(stopFeatures).extracting(stop -> stop.get("properties").get("trip").asInt())
                .containsExactlyElementsOf(trips);
        JsonNode route = api.get("/wfs?service=WFS&request=GetFeature&outputFormat=json&typeNames=routes&date=" + MONDAY,
                Auth.NONE)
                .json().get("features").get(0).get("properties");
        assertThat(route.get("trips").asInt()).isEqualTo(reloads + 1);
        assertThat(route.get("stopCount").asInt()).isEqualTo(stops.size() - reloads);

        // The crew loads trip by trip: each trip's loading list starts again, with no line for a depot return.
        JsonNode manifest = api.get("/api/v1/plans/" + MONDAY + "/versions/" + number + "/routes/"
                + version.get("routes").get(0).get("routeId").asLong() + "/manifest", planner).json();
        assertThat(manifest.get("stops")).filteredOn(stop -> stop.get("depotReturn").asBoolean()).hasSize(reloads);
        assertThat(manifest.get("loadingList")).extracting(line -> line.get("trip").asInt() + ":"
                + line.get("loadOrder").asInt()).containsExactly("1:1", "2:1", "3:1");
    }

    /** 300 kg, a full 9–18 shift: room for one COC's pasta per trip, time for several trips. */
    private Vehicle smallVan(Site depot) {
        Vehicle van = vehicles.findByOrganisationAndLabel("Prova multi-viaggio", "Furgoncino 1")
                .orElseGet(() -> new Vehicle("Prova multi-viaggio", "Furgoncino 1"));
        van.update(new BigDecimal("300"), new BigDecimal("8"), false, LocalTime.of(9, 0), LocalTime.of(18, 0), depot);
        return vehicles.save(van);
    }
}
