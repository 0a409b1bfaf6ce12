package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.planning.DayPlan;
import it.ccvmi.planner.planning.PlanningSite;
import it.ccvmi.planner.planning.RouteSummary;
import it.ccvmi.planner.planning.geo.Wgs84;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** Turns the solver's visit lists into {@link DrivenRoute}s, asking the router for each leg's road geometry. */
final class RouteDriver {


    private final Router router;

    RouteDriver(Router router) {
        this.router = router;
    }

    /** Every van with at least one visit, in fleet order. */
    List<DrivenRoute> drive(DayPlan plan) {
        List<DrivenRoute> routes = new ArrayList<>();
        for (Van van : plan.routes().getRealVans()) {
            if (!van.getVisits().isEmpty()) {
                routes.add(drive(van, plan.sites()));
            }
        }
        return routes;
    }

    private DrivenRoute drive(Van van, List<PlanningSite> sites) {
        RouteSummary summary = RouteSummary.of(van);
        List<DrivenRoute.Stop> stops = new ArrayList<>();
        List<Visit> route = van.getVisits();
        long onBoard = RouteSummary.tripLoadKg(route, 0);
        List<Visit> atSite = new ArrayList<>();
        for (int i = 0; i < route.size(); i++) {
            Visit visit = route.get(i);
            // A depot return never joins a delivery stop, even one at the depot's own site; nor does a re-plan's
            // first new visit join the last stop it keeps (a kept stop stays exactly as it was).
            if (!atSite.isEmpty() && (visit.isReload() || i == van.getPinnedCount()
                    || atSite.get(0).getLocation().index() != visit.getLocation().index())) {
                onBoard -= addStop(stops, atSite, sites, onBoard);
                atSite = new ArrayList<>();
            }
            if (visit.isReload()) {
                addStop(stops, List.of(visit), sites, onBoard); // back empty: the trip's goods are handed over
                onBoard = RouteSummary.tripLoadKg(route, i + 1);
                continue;
            }
            atSite.add(visit);
        }
        if (!atSite.isEmpty()) {
            addStop(stops, atSite, sites, onBoard);
        }
        return new DrivenRoute(van, summary, stops, geometry(sites.get(van.getDepot().index()), stops));
    }

    /** @return the kg unloaded at the stop */
    private static long addStop(List<DrivenRoute.Stop> stops, List<Visit> visits, List<PlanningSite> sites,
            long onBoard) {
        Visit first = visits.get(0);
        Visit last = visits.get(visits.size() - 1);
        stops.add(new DrivenRoute.Stop(sites.get(first.getLocation().index()), first.getArrivalSecond(),
                last.getDepartureSecond(), onBoard, List.copyOf(visits)));
        return visits.stream().mapToLong(Visit::getKg).sum();
    }

    /** The legs' road geometries joined: depot, every stop in order, depot. */
    private LineString geometry(PlanningSite depot, List<DrivenRoute.Stop> stops) {
        List<PlanningSite> path = new ArrayList<>();
        path.add(depot);
        stops.forEach(stop -> path.add(stop.site()));
        path.add(depot);
        List<Coordinate> coordinates = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            Coordinate[] leg = router.leg(path.get(i - 1).toRoutingSite(), path.get(i).toRoutingSite())
                    .geometry().getCoordinates();
            for (Coordinate coordinate : leg) {
                if (coordinates.isEmpty() || !coordinates.get(coordinates.size() - 1).equals2D(coordinate)) {
                    coordinates.add(coordinate);
                }
            }
        }
        while (coordinates.size() < 2) { // a line needs two points, even for a stop at the depot itself
            coordinates.add(new Coordinate(depot.lon(), depot.lat()));
        }
        return Wgs84.FACTORY.createLineString(coordinates.toArray(Coordinate[]::new));
    }
}
