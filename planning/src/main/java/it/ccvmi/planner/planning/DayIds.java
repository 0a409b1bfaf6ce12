package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.VehicleId;
import java.util.HashMap;
import java.util.Map;

/**
 * From the keys the fair split and the solver use back to the day's typed ids: the site of a requester key, the
 * vehicle of a van. Built from the day's input, so that writing a plan needs no lookup by names. Requests need no
 * lookup: an allocation and a visit carry their request id ({@code FairAllocation.request()}, {@code Visit.getRequest()}).
 */
public final class DayIds {

    private final Map<String, PlanningSite> sites;
    private final Map<String, VehicleId> vehicles;

    private DayIds(Map<String, PlanningSite> sites, Map<String, VehicleId> vehicles) {
        this.sites = sites;
        this.vehicles = Map.copyOf(vehicles);
    }

    /** The sites of the day's requests; no vans yet (see {@link #withVehicles}). */
    static DayIds of(PlanningDay day, PlanningTerritory territory) {
        Map<String, PlanningSite> sites = new HashMap<>();
        for (RequestLine line : day.requests()) {
            PlanningSite site = territory.site(line.site());
            sites.put(site.key(), site);
        }
        return new DayIds(sites, Map.of());
    }

    /** These ids plus the vehicle of each usable van, by the solver's van id. */
    DayIds withVehicles(Map<String, VehicleId> vehicleByVan) {
        return new DayIds(sites, vehicleByVan);
    }

    /** @throws IllegalArgumentException when no request of the day comes from this site */
    public PlanningSite site(String requesterKey) {
        return found(sites.get(requesterKey), requesterKey);
    }

    /** @throws IllegalArgumentException when no usable van of the day has this id */
    public VehicleId vehicle(String vanId) {
        return found(vehicles.get(vanId), "van " + vanId);
    }

    private static <T> T found(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("not in the day's input: " + what);
        }
        return value;
    }
}
