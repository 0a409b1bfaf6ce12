package it.ccvmi.planner.api.schedule;

import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import it.ccvmi.planner.data.plan.Plan;
import it.ccvmi.planner.data.plan.PlanRepository;
import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.request.RequestStatus;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds plan versions of 2033 delivery dates directly with the entities, as the planning jobs would store them:
 * one van from the depot visiting the COC sites of the given comuni, each with its goods. Every call hands out
 * a day no other test uses.
 */
@TestComponent
public class PublishedPlans {

    public static final String MILANO = "015146";
    public static final String SESTO = "015209"; // Sesto San Giovanni
    public static final String ORGANISATION = "Protezione Civile; Gruppo \"Test\", Milano";
    private static final LocalDate FIRST_DAY = LocalDate.of(2033, 1, 3);
    private static final AtomicInteger DAYS = new AtomicInteger();
    private static final AtomicInteger VANS = new AtomicInteger();

    private final PlanRepository plans;
    private final SiteRepository sites;
    private final VehicleRepository vehicles;
    private final GoodsTypeRepository goods;
    private final DeliveryRequestRepository requests;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublishedPlans(PlanRepository plans, SiteRepository sites, VehicleRepository vehicles, GoodsTypeRepository goods,
            DeliveryRequestRepository requests, PlatformTransactionManager transactions, Clock clock) {
        this.plans = plans;
        this.sites = sites;
        this.vehicles = vehicles;
        this.goods = goods;
        this.requests = requests;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A delivery date of 2033 that no other test has used. */
    public LocalDate newDay() {
        return FIRST_DAY.plusDays(DAYS.getAndIncrement());
    }

    /** A visit of the van to the COC of a comune at a time, handing over units of goods (by goods code). */
    public record Visit(String istat, LocalTime arrival, Map<String, Integer> units) {

        public static Visit of(String istat, LocalTime arrival, String goodsCode, int units) {
            return new Visit(istat, arrival, Map.of(goodsCode, units));
        }

        public static Visit of(String istat, LocalTime arrival, String goodsCode, int units, String goodsCode2,
                int units2) {
            Map<String, Integer> both = new LinkedHashMap<>();
            both.put(goodsCode, units);
            both.put(goodsCode2, units2);
            return new Visit(istat, arrival, both);
        }
    }

    /** What was stored: the version and the stop ids in visiting order. */
    public record Stored(LocalDate date, int versionNumber, String vanLabel, List<Long> stopIds) {
    }

    public Stored publish(LocalDate date, LocalTime departure, Visit... visits) {
        return store(date, departure, true, visits);
    }

    public Stored draft(LocalDate date, LocalTime departure, Visit... visits) {
        return store(date, departure, false, visits);
    }

    /** The COC site of a comune (every comune of the territory has one). */
    public Site cocOf(String istat) {
        return sites.findByComuneIstatCodeOrderByKindAscNameAsc(istat).stream()
                .filter(site -> site.getKind() == SiteKind.COC).findFirst().orElseThrow();
    }

    private Stored store(LocalDate date, LocalTime departure, boolean publish, Visit... visits) {
        return transaction.execute(status -> {
            Plan plan = plans.findByDeliveryDate(date).orElseGet(() -> new Plan(date, clock));
            PlanVersion version = plan.newVersion(clock);
            Vehicle van = newVan();
            Route route = version.addRoute(van);
            List<RouteStop> stops = new ArrayList<>();
            BigDecimal totalKg = BigDecimal.ZERO;
            LocalTime last = departure;
            for (Visit visit : visits) {
                Site site = cocOf(visit.istat());
                RouteStop stop = route.addStop(site, visit.arrival(), visit.arrival().plusMinutes(10));
                for (Map.Entry<String, Integer> entry : visit.units().entrySet()) {
                    GoodsType type = goods.findById(entry.getKey()).orElseThrow();
                    DeliveryRequest request = requestFor(site, date, type, entry.getValue());
                    BigDecimal kg = type.getUnitWeightKg().multiply(BigDecimal.valueOf(entry.getValue()));
                    version.allocate(request, entry.getValue(), "test")
                            .setFairShare(BigDecimal.valueOf(entry.getValue())); // a full split: carried over as fair
                    stop.deliver(request, type, entry.getValue(), kg);
                    totalKg = totalKg.add(kg);
                }
                stops.add(stop);
                last = visit.arrival().plusMinutes(10);
            }
            route.setTimes(departure, last.plusMinutes(30), 25_000);
            route.setDrive(3600, totalKg, null);
            if (publish) {
                plan.getVersions().stream().filter(earlier -> earlier.getStatus() == PlanStatus.PUBLISHED)
                        .forEach(PlanVersion::supersede);
                version.publish("planner", clock);
            }
            plans.saveAndFlush(plan);
            return new Stored(date, version.getNumber(), van.getLabel(),
                    stops.stream().map(RouteStop::getId).toList());
        });
    }

    private DeliveryRequest requestFor(Site site, LocalDate date, GoodsType type, int units) {
        return requests.findForDeliveryDate(date).stream()
                .filter(request -> request.getSite().equals(site) && request.getGoodsType().equals(type))
                .findFirst()
                .orElseGet(() -> requests.save(new DeliveryRequest(site, date, type, units, RequestStatus.PLANNED,
                        clock)));
    }

    private Vehicle newVan() {
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        Vehicle van = new Vehicle(ORGANISATION, "Furgone schedule " + VANS.incrementAndGet() + "-" + System.nanoTime());
        van.update(new BigDecimal("1200"), new BigDecimal("10"), true, LocalTime.of(7, 0), LocalTime.of(19, 0), depot);
        return vehicles.save(van);
    }
}
