package it.ccvmi.planner.data.scenario;

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
import it.ccvmi.planner.data.territory.ComuneRepository;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import it.ccvmi.planner.planning.scenario.ScenarioGenerator;
import it.ccvmi.planner.planning.scenario.ScenarioInput;
import it.ccvmi.planner.planning.scenario.ScenarioInput.CareSite;
import it.ccvmi.planner.planning.scenario.ScenarioInput.ComuneFacts;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates a planning day from the territory in the database and stores its requests, stock and fleet. */
@Service
public class ScenarioWriter {

    private final ComuneRepository comuni;
    private final SiteRepository sites;
    private final GoodsTypeRepository goodsTypes;
    private final DeliveryRequestRepository requests;
    private final StockLotRepository stock;
    private final VehicleRepository vehicles;
    private final Clock clock;

    public ScenarioWriter(ComuneRepository comuni, SiteRepository sites, GoodsTypeRepository goodsTypes,
            DeliveryRequestRepository requests, StockLotRepository stock, VehicleRepository vehicles, Clock clock) {
        this.comuni = comuni;
        this.sites = sites;
        this.goodsTypes = goodsTypes;
        this.requests = requests;
        this.stock = stock;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    /** The generator's input, read from the database. */
    @Transactional(readOnly = true)
    public ScenarioInput input() {
        List<ComuneFacts> comuneFacts = comuni.findAll().stream()
                .map(comune -> new ComuneFacts(comune.getIstatCode(), comune.getName(), comune.getPopulation())).toList();
        List<CareSite> careSites = sites.findAllWithComune().stream()
                .filter(site -> site.getKind() == SiteKind.ATS_HUB || site.getKind() == SiteKind.RSA)
                .map(site -> new CareSite(site.ref(), CareSite.bedsIn(site.getCoordinateNotes()))).toList();
        Map<String, Double> unitWeights = goodsTypes.findAll().stream()
                .collect(Collectors.toMap(GoodsType::getCode, type -> type.getUnitWeightKg().doubleValue()));
        return new ScenarioInput(comuneFacts, careSites, unitWeights);
    }

    /** Generates an ordinary day for {@code seed} and stores it; refuses a date that already has requests. */
    @Transactional
    public PlanningDay generateAndSave(LocalDate date, long seed) {
        return generateAndSave(date, seed, ScenarioGenerator.ORDINARY_DAY);
    }

    /**
     * Generates a day of the given intensity ({@link ScenarioGenerator#ORDINARY_DAY} = an ordinary day) and stores
     * it, its vans as part of the fleet; refuses a date that already has requests.
     */
    @Transactional
    public PlanningDay generateAndSave(LocalDate date, long seed, double intensity) {
        PlanningDay day = generate(date, seed, intensity);
        saveFleet(day, null);
        return day;
    }

    /**
     * The demo day: a generated ordinary day stored with the fleet there is. Only on a database without real vans
     * are the generated vans stored, as demo vans of the date: they work that day only and never join the real
     * fleet. Refuses a date that already has requests.
     *
     * @return the day as generated; its fleet is the vans stored, none when the real fleet plans the day
     */
    @Transactional
    public PlanningDay generateDemoDay(LocalDate date, long seed) {
        PlanningDay day = generate(date, seed, ScenarioGenerator.ORDINARY_DAY);
        if (vehicles.findAll().stream().anyMatch(vehicle -> vehicle.getDemoDay() == null)) {
            return new PlanningDay(day.date(), day.seed(), day.requests(), day.stock(), List.of());
        }
        saveFleet(day, date);
        return day;
    }

    /** Generates the day and stores its requests and stock. */
    private PlanningDay generate(LocalDate date, long seed, double intensity) {
        if (requests.existsByDeliveryDate(date)) {
            throw new IllegalStateException("requests for " + date + " already exist; not generating over them");
        }
        PlanningDay day = new ScenarioGenerator(input(), intensity).generate(date, seed);
        Map<SiteRef, Site> siteByRef = sites.findAllWithComune().stream()
                .collect(Collectors.toMap(Site::ref, Function.identity()));
        Map<String, GoodsType> goodsByCode = goodsTypes.findAll().stream()
                .collect(Collectors.toMap(GoodsType::getCode, Function.identity()));
        for (RequestLine line : day.requests()) {
            requests.save(new DeliveryRequest(siteByRef.get(line.site()), date, goodsByCode.get(line.goodsCode()),
                    line.units(), RequestStatus.REQUESTED, clock));
        }
        for (StockLine line : day.stock()) {
            stock.save(new StockLot(depot(), goodsByCode.get(line.goodsCode()), line.units(),
                    BigDecimal.valueOf(line.weightKg()), line.arrival(), line.expiry()));
        }
        return day;
    }

    /** Stores the day's vans (an existing van of the same organisation and label is updated). */
    private void saveFleet(PlanningDay day, LocalDate demoDay) {
        Site depot = depot();
        for (VehicleLine line : day.fleet()) {
            Vehicle vehicle = vehicles.findByOrganisationAndLabel(line.organisation(), line.label())
                    .orElseGet(() -> new Vehicle(line.organisation(), line.label()));
            vehicle.update(BigDecimal.valueOf(line.capacityKg()), BigDecimal.valueOf(line.capacityM3()),
                    line.refrigerated(), line.shiftStart(), line.shiftEnd(), depot);
            if (demoDay != null) {
                vehicle.markDemoVan(demoDay); // also an earlier demo day's van of the same name: it moves here
            }
            vehicles.save(vehicle);
        }
    }

    private Site depot() {
        return sites.findByKindOrderByName(SiteKind.DEPOT).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no depot: import the territory first"));
    }
}
