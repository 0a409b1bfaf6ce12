package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import it.ccvmi.planner.planning.day.DayReplan;
import it.ccvmi.planner.planning.day.DayReplan.Delivery;
import it.ccvmi.planner.planning.day.DayReplan.DepotReturn;
import it.ccvmi.planner.planning.day.DayReplan.PinnedRoute;
import it.ccvmi.planner.planning.day.VehicleId;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a re-plan starts from, read from the date's published version: its allocations, each van's stops done or under
 * way ({@link DoneStops}), the vans out of service and the refused stops' deliveries. Rejects a request that names
 * vans or stops the published version does not have.
 */
@Component
class ReplanBasis {

    /**
     * @param version    the published version re-planned
     * @param vehicleIds the vans of the published routes: the re-plan's fleet
     */
    record Basis(int version, DayReplan replan, List<Long> vehicleIds) {
    }

    private final PlanVersionRepository versions;
    private final DoneStops doneStops;

    ReplanBasis(PlanVersionRepository versions, DoneStops doneStops) {
        this.versions = versions;
        this.doneStops = doneStops;
    }

    /** @throws ApiProblem 409 when the date has no published version, 400 naming a van or stop it does not have */
    @Transactional(readOnly = true)
    Basis of(LocalDate date, ReplanRequest request) {
        PlanVersion published = versions.findPublished(date).orElseThrow(() -> ApiProblem.conflict(
                "Nessun piano pubblicato", "il " + date + " non ha un piano pubblicato da ripianificare"));
        Set<Long> vehicles = published.getRoutes().stream().map(route -> route.getVehicle().getId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> unknownVehicles = new TreeSet<>(request.outOfService());
        unknownVehicles.removeAll(vehicles);
        if (!unknownVehicles.isEmpty()) {
            throw ApiProblem.invalidField("vehiclesOutOfService",
                    "i furgoni " + unknownVehicles + " non hanno giri nel piano pubblicato del " + date);
        }
        Map<Long, RouteStop> stops = new HashMap<>();
        published.getRoutes().forEach(route -> route.getStops().forEach(stop -> stops.put(stop.getId(), stop)));
        Set<Long> unknownStops = new TreeSet<>(request.refused());
        unknownStops.removeAll(stops.keySet());
        if (!unknownStops.isEmpty()) {
            throw ApiProblem.invalidField("refusedStops",
                    "le tappe " + unknownStops + " non sono nel piano pubblicato del " + date);
        }
        Set<Long> refused = Set.copyOf(request.refused());
        List<PinnedRoute> pinned = new ArrayList<>();
        for (Route route : published.getRoutes()) {
            List<Delivery> done = new ArrayList<>();
            List<DepotReturn> depotReturns = new ArrayList<>();
            for (RouteStop stop : doneStops.of(route, request.at())) {
                if (stop.isReload()) {
                    depotReturns.add(new DepotReturn(done.size(),
                            Duration.between(stop.getArrivalTime(), stop.getDepartureTime()).toSeconds()));
                } else if (!refused.contains(stop.getId())) {
                    done.addAll(deliveries(stop));
                }
            }
            pinned.add(new PinnedRoute(new VehicleId(route.getVehicle().getId()), done, depotReturns));
        }
        Map<RequestId, Long> publishedUnits = new HashMap<>();
        published.getAllocations().forEach(allocation -> publishedUnits.put(
                new RequestId(allocation.getRequest().getId()), (long) allocation.getUnits()));
        List<Delivery> refusedDeliveries = request.refused().stream().distinct()
                .flatMap(id -> deliveries(stops.get(id)).stream()).toList();
        Set<VehicleId> outOfService = request.outOfService().stream().map(VehicleId::new).collect(Collectors.toSet());
        return new Basis(published.getNumber(), new DayReplan(publishedUnits, pinned, outOfService, refusedDeliveries),
                List.copyOf(vehicles));
    }

    private static List<Delivery> deliveries(RouteStop stop) {
        List<Delivery> deliveries = new ArrayList<>();
        for (RouteStopItem item : stop.getItems()) {
            deliveries.add(new Delivery(new RequestId(item.getRequest().getId()), item.getUnits()));
        }
        return deliveries;
    }
}
