package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.VehicleId;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From the keys the fair split and the solver use back to the day's typed ids: the request and the site of an
 * allocation (requester key and goods code), the vehicle of a van. Built from the day's input, so that writing a
 * plan needs no lookup by names. A visit carries its request id itself ({@code Visit.getRequest()}).
 */
public final class DayIds {

    private record Order(String requesterKey, String goodsCode) {
    }

    private final Map<Order, RequestId> requests;
    private final Map<String, PlanningSite> sites;
    private final Map<String, VehicleId> vehicles;

    private DayIds(Map<Order, RequestId> requests, Map<String, PlanningSite> sites, Map<String, VehicleId> vehicles) {
        this.requests = requests;
        this.sites = sites;
        this.vehicles = Map.copyOf(vehicles);
    }

    /**
     * The requests and sites of the day; no vans yet (see {@link #withVehicles}).
     *
     * @throws IllegalArgumentException when the day has two requests of one site for one goods type
     */
    static DayIds of(PlanningDay day, PlanningTerritory territory) {
        Map<Order, RequestId> requests = new HashMap<>();
        Map<String, PlanningSite> sites = new HashMap<>();
        for (RequestLine line : day.requests()) {
            PlanningSite site = territory.site(line.site());
            sites.put(site.key(), site);
            if (requests.put(new Order(site.key(), line.goodsCode()), line.id()) != null) {
                throw new IllegalArgumentException("two requests of " + site.name() + " for " + line.goodsCode());
            }
        }
        return new DayIds(requests, sites, Map.of());
    }

    /** These ids plus the vehicle of each usable van, by the solver's van id. */
    DayIds withVehicles(Map<String, VehicleId> vehicleByVan) {
        return new DayIds(requests, sites, vehicleByVan);
    }

    /** @throws IllegalArgumentException when the day has no such request */
    public RequestId request(String requesterKey, String goodsCode) {
        return found(requests.get(new Order(requesterKey, goodsCode)), requesterKey + " for " + goodsCode);
    }

    /** @throws IllegalArgumentException when no request of the day comes from this site */
    public PlanningSite site(String requesterKey) {
        return found(sites.get(requesterKey), requesterKey);
    }

    /** @throws IllegalArgumentException when no usable van of the day has this id */
    public VehicleId vehicle(String vanId) {
        return found(vehicles.get(vanId), "van " + vanId);
    }

    public List<RequestId> requests() {
        return List.copyOf(requests.values());
    }

    private static <T> T found(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("not in the day's input: " + what);
        }
        return value;
    }
}
