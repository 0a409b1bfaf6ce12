package it.ccvmi.planner.api.layers;

import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
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
import it.ccvmi.planner.planning.geo.Wgs84;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans the layer tests read, built once per run with the entities on real territory sites:
 * {@link #PUBLISHED_DAY} has version 1 published (van A: two COC stops; van B: one) and version 2 a draft
 * (van A: one stop); {@link #DRAFT_ONLY_DAY} has only a draft.
 */
final class LayerTestPlans {

    static final LocalDate PUBLISHED_DAY = LocalDate.of(2034, 5, 10);
    static final LocalDate DRAFT_ONLY_DAY = LocalDate.of(2034, 5, 11);

    private static LayerTestPlans built;

    final String vanA;
    final String vanB;
    /** The three COC sites the published version visits: A1, A2 (van A), B1 (van B). */
    final List<Site> stops;
    final Site depot;

    private LayerTestPlans(String vanA, String vanB, List<Site> stops, Site depot) {
        this.vanA = vanA;
        this.vanB = vanB;
        this.stops = stops;
        this.depot = depot;
    }

    static synchronized LayerTestPlans in(ApplicationContext context) {
        if (built == null) {
            built = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .execute(status -> build(context));
        }
        return built;
    }

    private static LayerTestPlans build(ApplicationContext context) {
        SiteRepository sites = context.getBean(SiteRepository.class);
        VehicleRepository vehicles = context.getBean(VehicleRepository.class);
        DeliveryRequestRepository requests = context.getBean(DeliveryRequestRepository.class);
        GoodsType goods = context.getBean(GoodsTypeRepository.class).findAllByOrderByCode().get(0);
        Clock clock = context.getBean(Clock.class);

        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        List<Site> cocs = new ArrayList<>();
        for (Site coc : sites.findByKindOrderByName(SiteKind.COC)) {
            if (cocs.size() < 3 && cocs.stream().noneMatch(s -> s.getComune().equals(coc.getComune()))) {
                cocs.add(coc);
            }
        }
        String suffix = Long.toString(System.nanoTime(), 36);
        Vehicle vanA = vehicles.save(van("Van A " + suffix, depot));
        Vehicle vanB = vehicles.save(van("Van B " + suffix, depot));

        Plan published = new Plan(PUBLISHED_DAY, clock);
        PlanVersion first = published.newVersion(clock);
        List<DeliveryRequest> asked = new ArrayList<>();
        for (int i = 0; i < cocs.size(); i++) {
            asked.add(requests.save(new DeliveryRequest(cocs.get(i), PUBLISHED_DAY, goods, 10 * (i + 1),
                    RequestStatus.REQUESTED, clock)));
            first.allocate(asked.get(i), 5 * (i + 1), "test split");
        }
        Route routeA = route(first, vanA, depot, cocs.subList(0, 2));
        deliver(routeA, asked.subList(0, 2), goods);
        Route routeB = route(first, vanB, depot, cocs.subList(2, 3));
        deliver(routeB, asked.subList(2, 3), goods);
        first.publish("layers-test", clock);
        PlanVersion draft = published.newVersion(clock);
        draft.allocate(asked.get(0), 10, "test draft");
        deliver(route(draft, vanA, depot, cocs.subList(0, 1)), asked.subList(0, 1), goods);
        PlanRepository plans = context.getBean(PlanRepository.class);
        plans.save(published);

        Plan draftOnly = new Plan(DRAFT_ONLY_DAY, clock);
        route(draftOnly.newVersion(clock), vanB, depot, cocs.subList(1, 2));
        plans.save(draftOnly);
        return new LayerTestPlans(vanA.getLabel(), vanB.getLabel(), cocs, depot);
    }

    private static Vehicle van(String label, Site depot) {
        Vehicle van = new Vehicle("Layers test volunteers", label);
        van.update(new BigDecimal("1200"), new BigDecimal("8"), false, LocalTime.of(7, 0), LocalTime.of(15, 0), depot);
        return van;
    }

    /** A route depot → sites → depot on a line through the sites (with a bend, so it is not a straight line). */
    private static Route route(PlanVersion version, Vehicle van, Site depot, List<Site> visits) {
        Route route = version.addRoute(van);
        List<Coordinate> line = new ArrayList<>();
        line.add(depot.getLocation().getCoordinate());
        LocalTime clockTime = LocalTime.of(8, 0);
        for (Site site : visits) {
            Coordinate previous = line.get(line.size() - 1);
            Coordinate here = site.getLocation().getCoordinate();
            line.add(new Coordinate((previous.x + here.x) / 2 + 0.0012345, (previous.y + here.y) / 2 - 0.0006789));
            line.add(here);
            clockTime = clockTime.plusMinutes(35);
            route.addStop(site, clockTime, clockTime.plusMinutes(10));
        }
        line.add(depot.getLocation().getCoordinate());
        LineString geometry = Wgs84.FACTORY.createLineString(line.toArray(new Coordinate[0]));
        route.setTimes(LocalTime.of(8, 0), clockTime.plusMinutes(45), 12_345 * visits.size());
        route.setDrive(1_800 * visits.size(), new BigDecimal("250.0"), geometry);
        return route;
    }

    private static void deliver(Route route, List<DeliveryRequest> requests, GoodsType goods) {
        List<RouteStop> stops = route.getStops();
        for (int i = 0; i < stops.size(); i++) {
            int units = requests.get(i).getUnits() / 2;
            BigDecimal kg = goods.getUnitWeightKg().multiply(BigDecimal.valueOf(units));
            stops.get(i).deliver(requests.get(i), goods, units, kg);
            stops.get(i).setLoadKg(new BigDecimal("250.0"));
        }
    }
}
