package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.delivery.NotDeliveredReason;
import it.ccvmi.planner.data.delivery.StopConfirmation;
import it.ccvmi.planner.data.delivery.StopConfirmationRepository;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a re-plan starts from, read from the date's published version and its crews' confirmations: its allocations,
 * each van's stops done or under way ({@link DoneStops}) with what was handed over there ({@link StopHandover}), the
 * vans out of service (named by the planner, or whose crew confirmed a breakdown) and the deliveries refused (named
 * by the planner or confirmed so by a crew). Rejects a request
 * that names vans or stops the published version does not have, or refuses a stop a crew has confirmed.
 */
@Component
class ReplanBasis {

    /**
     * @param version    the published version re-planned
     * @param vehicleIds the vans of the published routes: the re-plan's fleet
     * @param keptStops  by vehicle id, the published stops each van keeps as they were, in driving order: the first
     *                   stops of its re-planned route are the same visits
     */
    record Basis(int version, DayReplan replan, List<Long> vehicleIds, Map<Long, List<Long>> keptStops) {
    }

    private final PlanVersionRepository versions;
    private final StopConfirmationRepository confirmations;
    private final DoneStops doneStops;

    ReplanBasis(PlanVersionRepository versions, StopConfirmationRepository confirmations, DoneStops doneStops) {
        this.versions = versions;
        this.confirmations = confirmations;
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
        Map<Long, StopConfirmation> confirmed = new HashMap<>();
        confirmations.findByVersion(published).forEach(confirmation -> confirmed.put(
                confirmation.getStop().getId(), confirmation));
        Set<Long> confirmedRefused = new TreeSet<>(request.refused());
        confirmedRefused.retainAll(confirmed.keySet());
        if (!confirmedRefused.isEmpty()) {
            throw ApiProblem.invalidField("refusedStops", "le tappe " + confirmedRefused
                    + " sono già confermate dall'equipaggio: vale il loro esito");
        }
        Set<Long> refused = Set.copyOf(request.refused());
        List<Delivery> refusedDeliveries = new ArrayList<>(request.refused().stream().distinct()
                .flatMap(id -> StopHandover.planned(stops.get(id)).stream()).toList());
        List<PinnedRoute> pinned = new ArrayList<>();
        Map<Long, List<Long>> keptStops = new HashMap<>();
        for (Route route : published.getRoutes()) {
            List<Delivery> done = new ArrayList<>();
            List<DepotReturn> depotReturns = new ArrayList<>();
            List<Long> kept = new ArrayList<>();
            for (RouteStop stop : doneStops.of(route, request.at(), confirmed.keySet())) {
                if (stop.isReload()) {
                    depotReturns.add(new DepotReturn(done.size(),
                            Duration.between(stop.getArrivalTime(), stop.getDepartureTime()).toSeconds()));
                    kept.add(stop.getId());
                } else if (!refused.contains(stop.getId())) {
                    StopHandover handover = StopHandover.of(stop, confirmed.get(stop.getId()));
                    if (!handover.kept().isEmpty()) {
                        done.addAll(handover.kept());
                        kept.add(stop.getId());
                    }
                    refusedDeliveries.addAll(handover.refused());
                }
            }
            pinned.add(new PinnedRoute(new VehicleId(route.getVehicle().getId()), done, depotReturns));
            keptStops.put(route.getVehicle().getId(), kept);
        }
        Map<RequestId, Long> publishedUnits = new HashMap<>();
        published.getAllocations().forEach(allocation -> publishedUnits.put(
                new RequestId(allocation.getRequest().getId()), (long) allocation.getUnits()));
        // A crew that confirmed "guasto al furgone" has no van to go on with, whether or not the planner says so.
        Set<VehicleId> outOfService = request.outOfService().stream().map(VehicleId::new)
                .collect(Collectors.toCollection(HashSet::new));
        confirmed.values().stream().filter(confirmation -> confirmation.getReason() == NotDeliveredReason.VAN_BREAKDOWN)
                .forEach(confirmation -> outOfService.add(new VehicleId(confirmation.getStop().getRoute().getVehicle()
                        .getId())));
        return new Basis(published.getNumber(), new DayReplan(publishedUnits, pinned, outOfService, refusedDeliveries),
                List.copyOf(vehicles), keptStops);
    }
}
