package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.plans.PublishedHistory;
import it.ccvmi.planner.api.stock.AvailableLot;
import it.ccvmi.planner.api.stock.StockLedger;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleDay;
import it.ccvmi.planner.data.fleet.VehicleDayRepository;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.request.RequestStatus;
import it.ccvmi.planner.data.site.ReceivingWindow;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.planning.DayFleet.UnusedVan;
import it.ccvmi.planner.planning.FairnessOptions;
import it.ccvmi.planner.planning.PlanningSite;
import it.ccvmi.planner.planning.PlanningTerritory;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.day.VehicleId;
import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a date's planning inputs from the database and rejects a request that cannot be planned (naming the
 * field): the requests of the date (cancelled ones left out), the stock the ledger leaves that day, the chosen vans
 * on their shift of the day ("Furgoni del giorno"; vans not available that day left out with the reason), the
 * goods catalogue, the territory and the equity-over-time history of the published plans.
 */
@Component
class DayInputLoader {

    /** Why a van marked not available on the date is not in the plan (shown in the version's unusedVehicles). */
    private static final String NOT_AVAILABLE = "non disponibile oggi";
    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DeliveryRequestRepository requests;
    private final StockLedger stock;
    private final VehicleRepository vehicles;
    private final VehicleDayRepository vehicleDays;
    private final GoodsTypeRepository goodsTypes;
    private final SiteRepository sites;
    private final PublishedHistory history;

    DayInputLoader(DeliveryRequestRepository requests, StockLedger stock, VehicleRepository vehicles,
            VehicleDayRepository vehicleDays, GoodsTypeRepository goodsTypes, SiteRepository sites,
            PublishedHistory history) {
        this.requests = requests;
        this.stock = stock;
        this.vehicles = vehicles;
        this.vehicleDays = vehicleDays;
        this.goodsTypes = goodsTypes;
        this.sites = sites;
        this.history = history;
    }

    /** @throws ApiProblem 400 naming {@code date}, {@code vehicleIds} or {@code fairness.needWeights} */
    @Transactional(readOnly = true)
    DayInputs load(PlanRequest request) {
        LocalDate date = request.date();
        List<RequestLine> requestLines = requests.findForDeliveryDate(date).stream()
                .filter(line -> line.getStatus() != RequestStatus.CANCELLED).map(DayInputLoader::requestLine).toList();
        if (requestLines.isEmpty()) {
            throw ApiProblem.invalidField("date", "non ci sono richieste di consegna per il " + date);
        }
        Fleet fleet = fleet(date, request.vehicleIds());
        // Only what no other published day holds: the ledger's units left, this day's own reservations included.
        List<StockLine> stockLines = stock.availableOn(date).stream().map(DayInputLoader::stockLine).toList();
        List<Site> allSites = sites.findAllWithComune();
        PlanningTerritory territory = territory(allSites);
        FairnessRequest fairness = request.fairnessOrDefault();
        FairnessOptions options = new FairnessOptions(needWeights(fairness.weights(), allSites),
                fairness.carriesShortfall() ? history.before(date) : Map.of());
        return new DayInputs(new PlanningDay(date, 0, requestLines, stockLines, fleet.working()), territory,
                GoodsCatalogue.of(goodsTypes.findAll().stream().map(GoodsType::toGoods).toList()), options,
                fleet.offToday(), null);
    }

    /** Every stored site at its stored location with its stored receiving windows (their comune loaded). */
    private static PlanningTerritory territory(List<Site> allSites) {
        Map<SiteRef, PlanningSite> byRef = new LinkedHashMap<>();
        for (Site site : allSites) {
            SiteRef ref = site.ref();
            byRef.put(ref, new PlanningSite(new SiteId(site.getId()), PlanningTerritory.key(ref), ref.name(),
                    ref.kind(),                    site.getLocation().getY(), site.getLocation().getX(),
                    site.getReceivingWindows().stream().map(ReceivingWindow::toWeekly).toList()));
        }
        return PlanningTerritory.withTheDepot(byRef);
    }

    /** The vans that work the day on their shift of the day, and the ones marked not available. */
    private record Fleet(List<VehicleLine> working, List<UnusedVan> offToday) {
    }

    private Fleet fleet(LocalDate date, List<Long> ids) {
        Map<Long, VehicleDay> days = vehicleDays.findByWorkDate(date).stream()
                .collect(Collectors.toMap(day -> day.getVehicle().getId(), Function.identity()));
        List<Vehicle> chosen = chosen(ids);
        List<VehicleLine> working = new ArrayList<>();
        List<UnusedVan> offToday = new ArrayList<>();
        for (Vehicle vehicle : chosen) {
            VehicleDay day = days.get(vehicle.getId());
            if (!vehicle.worksOn(date)) {
                if (ids != null) {
                    throw ApiProblem.invalidField("vehicleIds", vehicle.demoDayOnlyMessage());
                }
                // a demo van of another day is not part of the fleet
            } else if (day == null) {
                working.add(vehicleLine(vehicle, vehicle.getShiftStart(), vehicle.getShiftEnd()));
            } else if (day.isAvailable()) {
                working.add(vehicleLine(vehicle, day.shiftStart(), day.shiftEnd()));
            } else if (ids != null) {
                throw ApiProblem.invalidField("vehicleIds", "il furgone " + vehicle.getLabel() + " ("
                        + vehicle.getOrganisation() + ") non è disponibile il " + ITALIAN_DATE.format(date)
                        + ": toglierlo dalla scelta o segnarlo disponibile nei Furgoni del giorno");
            } else {
                offToday.add(new UnusedVan(new VehicleId(vehicle.getId()), vehicle.getOrganisation(),
                        vehicle.getLabel(), NOT_AVAILABLE));
            }
        }
        if (working.isEmpty()) {
            throw ApiProblem.invalidField("vehicleIds", "nessun furgone è disponibile il " + ITALIAN_DATE.format(date)
                    + ": segnarne almeno uno come disponibile nei Furgoni del giorno");
        }
        return new Fleet(working, offToday);
    }

    /** The vans named in the request, or the whole fleet when it names none. */
    private List<Vehicle> chosen(List<Long> ids) {
        if (ids == null) {
            List<Vehicle> all = vehicles.findAllWithDepot();
            if (all.isEmpty()) {
                throw ApiProblem.invalidField("vehicleIds", "non c'è nessun furgone: importare prima la flotta");
            }
            return all;
        }
        if (ids.isEmpty()) {
            throw ApiProblem.invalidField("vehicleIds",
                    "indicare almeno un furgone, oppure omettere il campo per usarli tutti");
        }
        List<Vehicle> chosen = vehicles.findAllById(ids);
        Set<Long> unknown = new TreeSet<>(ids);
        chosen.forEach(vehicle -> unknown.remove(vehicle.getId()));
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidField("vehicleIds", "furgoni sconosciuti: id " + unknown);
        }
        return chosen;
    }

    /** Need weights by site. */
    private static Map<SiteId, BigDecimal> needWeights(Map<Long, BigDecimal> bySiteId, List<Site> allSites) {
        Map<Long, Site> siteById = allSites.stream().collect(Collectors.toMap(Site::getId, site -> site));
        Map<SiteId, BigDecimal> weights = new HashMap<>();
        bySiteId.forEach((siteId, weight) -> {
            Site site = siteById.get(siteId);
            if (site == null) {
                throw ApiProblem.invalidField("fairness.needWeights", "struttura sconosciuta: id " + siteId);
            }
            if (weight == null || weight.signum() <= 0) {
                throw ApiProblem.invalidField("fairness.needWeights",
                        "il peso della struttura " + siteId + " deve essere maggiore di 0");
            }
            weights.put(new SiteId(site.getId()), weight);
        });
        return weights;
    }

    private static RequestLine requestLine(DeliveryRequest request) {
        return new RequestLine(new RequestId(request.getId()), request.getSite().ref(), request.getGoodsType().getCode(), request.getUnits());
    }

    private static StockLine stockLine(AvailableLot available) {
        return new StockLine(available.lot().getGoodsType().getCode(), available.units(),
                available.weightKg().doubleValue(), available.lot().getArrivalDate(), available.lot().getExpiryDate());
    }

    private static VehicleLine vehicleLine(Vehicle vehicle, LocalTime shiftStart, LocalTime shiftEnd) {
        return new VehicleLine(new VehicleId(vehicle.getId()), vehicle.getOrganisation(), vehicle.getLabel(),
                vehicle.getCapacityKg().doubleValue(), vehicle.getCapacityM3().doubleValue(), vehicle.isRefrigerated(),
                shiftStart, shiftEnd);
    }
}
