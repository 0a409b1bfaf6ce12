package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.plan.Plan;
import it.ccvmi.planner.data.plan.PlanRepository;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.request.RequestStatus;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.planning.DayIds;
import it.ccvmi.planner.planning.DayPlan;
import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores a planned day as a new DRAFT version of the date's plan (creating the plan on first use): the
 * allocations with their reasons and fair shares, the routes with their road geometry, the stops with times,
 * loads and goods per request, and the {@link StoredResult}. All of it, or nothing.
 */
@Component
public class PlanWriter {

    private static final int LAST_SECOND_OF_DAY = 24 * 3600 - 1;

    private final Router router;
    private final PlanRepository plans;
    private final DeliveryRequestRepository requests;
    private final SiteRepository sites;
    private final VehicleRepository vehicles;
    private final ObjectMapper json;
    private final Clock clock;

    PlanWriter(Router router, PlanRepository plans, DeliveryRequestRepository requests, SiteRepository sites,
            VehicleRepository vehicles, ObjectMapper json, Clock clock) {
        this.router = router;
        this.plans = plans;
        this.requests = requests;
        this.sites = sites;
        this.vehicles = vehicles;
        this.json = json;
        this.clock = clock;
    }

    /** Adds the road geometry of every route (outside any transaction: the router takes its time). */
    public DrivenPlan drive(DayPlan plan, GoodsCatalogue catalogue) {
        return new DrivenPlan(plan, new RouteDriver(router).drive(plan), catalogue.unitWeightsKg());
    }

    /** Joins the caller's transaction, so that the caller can record the version in the same commit. */
    @Transactional
    public PlanVersion write(DrivenPlan driven) {
        DayPlan plan = driven.plan();
        LocalDate date = plan.date();
        DayIds ids = plan.ids();
        Map<Long, Site> siteById = sites.findAllWithComune().stream()
                .collect(Collectors.toMap(Site::getId, Function.identity()));
        Map<Long, DeliveryRequest> requestById = requests.findAllById(plan.allocations().stream()
                        .map(allocation -> allocation.request().value()).toList()).stream()
                .filter(request -> request.getStatus() != RequestStatus.CANCELLED)
                .collect(Collectors.toMap(DeliveryRequest::getId, Function.identity()));
        Plan dayPlan = plans.lockByDeliveryDate(date).orElseGet(() -> plans.save(new Plan(date, clock)));
        PlanVersion version = dayPlan.newVersion(clock);
        for (FairAllocation allocation : plan.allocations()) {
            version.allocate(request(requestById, allocation.request()),
                    Math.toIntExact(allocation.allocated()), allocation.reason()).setFairShare(allocation.fairShare());
        }
        for (DrivenRoute drivenRoute : driven.routes()) {
            Van van = drivenRoute.van();
            Route route = version.addRoute(vehicles.getReferenceById(ids.vehicle(van.getId()).value()));
            for (DrivenRoute.Stop stop : drivenRoute.stops()) {
                Site site = siteById.get(stop.site().id().value());
                RouteStop stored = stop.isReload()
                        ? route.addReload(site, time(stop.arrivalSecond()), time(stop.departureSecond()))
                        : route.addStop(site, time(stop.arrivalSecond()), time(stop.departureSecond()));
                stored.setLoadKg(BigDecimal.valueOf(stop.loadOnArrivalKg()));
                if (stop.isReload()) {
                    continue;
                }
                for (Visit visit : stop.visits()) {
                    DeliveryRequest request = request(requestById, visit.getRequest());
                    stored.deliver(request, request.getGoodsType(), Math.toIntExact(visit.getUnits()),
                            BigDecimal.valueOf(visit.getKg()));
                }
            }
            route.setTimes(time(drivenRoute.summary().startSecond()), time(drivenRoute.summary().endSecond()),
                    Math.toIntExact(drivenRoute.summary().drivingMetres()));
            route.setDrive(Math.toIntExact(drivenRoute.summary().durationSeconds()),
                    BigDecimal.valueOf(drivenRoute.summary().kg()), drivenRoute.geometry());
        }
        version.setScore(plan.routes().getScore().toString());
        StoredResult result = new StoredResults(plan, siteById, driven.unitWeightsKg()).build();
        version.setResultJson(json.writeValueAsString(result));
        plans.flush(); // the plan is managed: flushing persists the new version itself (a merge would persist a copy)
        return version;
    }

    /** The stored request behind an allocation or a visit, by the id the day's input carried. */
    private static DeliveryRequest request(Map<Long, DeliveryRequest> byId, RequestId id) {
        DeliveryRequest request = byId.get(id.value());
        if (request == null) {
            throw new IllegalStateException("request " + id.value()
                    + " was withdrawn while the day was being planned; plan it again");
        }
        return request;
    }

    private static LocalTime time(long secondOfDay) {
        return LocalTime.ofSecondOfDay(Math.min(secondOfDay, LAST_SECOND_OF_DAY));
    }
}
