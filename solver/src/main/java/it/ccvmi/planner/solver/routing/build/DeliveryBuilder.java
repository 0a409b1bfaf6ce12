package it.ccvmi.planner.solver.routing.build;

import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.TravelMatrix;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Turns orders into visits the fleet can carry: an order larger than the biggest suitable van (the smallest
 * refrigerated one for chilled goods) splits into the fewest deliveries that each fit, with units spread as evenly as
 * possible (5 units in 2 parts: 3 + 2).
 *
 * <p>Cost of postponing one delivery (medium score): {@code priority weight × kg × (1 + 4 × historical
 * shortfall)}, at least 1. Vaccine kits weigh 100× food per kg; a comune that got none of its fair share
 * on previous days weighs 5× one that got all of it.
 */
public final class DeliveryBuilder {

    static final double SHORTFALL_BOOST = 4.0;

    private final TravelMatrix matrix;
    private final List<Van> fleet;
    private final ServiceTimeRule serviceTime;

    public DeliveryBuilder(TravelMatrix matrix, List<Van> fleet, ServiceTimeRule serviceTime) {
        if (fleet.isEmpty()) {
            throw new IllegalArgumentException("No vans: cannot size deliveries");
        }
        this.matrix = matrix;
        this.fleet = List.copyOf(fleet);
        this.serviceTime = serviceTime;
    }

    public List<Visit> build(List<DeliveryOrder> orders) {
        List<Visit> visits = new ArrayList<>();
        orders.forEach(order -> visits.addAll(split(order)));
        return visits;
    }

    List<Visit> split(DeliveryOrder order) {
        long unitsPerVan = unitsPerDelivery(order);
        int parts = (int) ((order.units() + unitsPerVan - 1) / unitsPerVan);
        long base = order.units() / parts;
        long remainder = order.units() % parts;
        Location location = new Location(order.locationIndex(), matrix);
        List<Visit> visits = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            long units = base + (part < remainder ? 1 : 0);
            visits.add(visit(order, units, location, order.requesterId() + ":" + order.goodsCode() + ":" + (part + 1) + "/" + parts));
        }
        return visits;
    }

    /**
     * One delivery of all the order's units, whatever the vans (re-planning: a delivery already made or refused, sized
     * as it was planned), with the id's suffix given by the caller.
     */
    public Visit whole(DeliveryOrder order, String suffix) {
        return visit(order, order.units(), new Location(order.locationIndex(), matrix),
                order.requesterId() + ":" + order.goodsCode() + ":" + suffix);
    }

    private Visit visit(DeliveryOrder order, long units, Location location, String id) {
        long kg = (long) Math.ceil(units * order.kgPerUnit());
        long litres = (long) Math.ceil(units * order.litresPerUnit());
        return new Visit(id, order.request(), order.requesterId(), order.goodsCode(), units, location, kg,
                litres, order.temperature(), order.priority(), serviceTime.seconds(kg), order.receivingHours(),
                postponementCost(order, kg));
    }

    static long postponementCost(DeliveryOrder order, long kg) {
        double cost = order.priority().postponementWeight() * kg * (1 + SHORTFALL_BOOST * order.historicalShortfall());
        return Math.max(1, Math.round(cost));
    }

    /**
     * Units per delivery: as many as the biggest suitable van takes; for chilled goods, as many as the smallest
     * refrigerated van takes. Refrigerated vans are few and chilled goods can ride nowhere else, so a chilled order
     * sized to the biggest of them may fit none once the vans are loaded, while parts that fit any of them use the
     * room of all of them (measured on the emergency day: Milano's 594 kg of dairy waited whole before).
     */
    private long unitsPerDelivery(DeliveryOrder order) {
        boolean chilled = order.temperature() == TemperatureClass.CHILLED;
        long best = 0;
        for (Van van : fleet) {
            if (chilled && !van.isRefrigerated()) {
                continue;
            }
            long byKg = order.kgPerUnit() == 0 ? Long.MAX_VALUE : (long) Math.floor(van.getCapacityKg() / order.kgPerUnit());
            long byLitres = order.litresPerUnit() == 0 ? Long.MAX_VALUE
                    : (long) Math.floor(van.getCapacityLitres() / order.litresPerUnit());
            long fits = Math.min(byKg, byLitres);
            if (fits > 0) {
                best = best == 0 ? fits : chilled ? Math.min(best, fits) : Math.max(best, fits);
            }
        }
        if (best == 0) {
            throw new IllegalArgumentException("Ordine " + order.requesterId() + "/" + order.goodsCode()
                    + ": una unità (" + order.kgPerUnit() + " kg, " + order.litresPerUnit() + " L, "
                    + order.temperature() + ") non entra in nessun furgone della flotta");
        }
        return best;
    }
}
