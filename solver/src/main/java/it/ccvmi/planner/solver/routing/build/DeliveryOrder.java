package it.ccvmi.planner.solver.routing.build;

import java.util.Objects;

import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;

/**
 * "Site X gets N units of goods G today": what the fair split (or a kit/DPI request) hands to routing.
 *
 * @param request             the delivery request this order serves
 * @param requesterId         the receiving site's key (e.g. {@code COC/015146/COC Milano}: kind, comune ISTAT code,
 *                            name), as in the fair split's {@code Request}
 * @param locationIndex       the site's index in the day's travel matrix
 * @param units               whole units (cases, kits); never split across vans
 * @param kgPerUnit           weight of one unit
 * @param litresPerUnit       volume of one unit (1 m³ = 1000 L)
 * @param historicalShortfall how far below its fair fill ratio the requester ended on previous days, 0 (none)
 *                            to 1 (got nothing of its fair share); raises the cost of postponing
 */
public record DeliveryOrder(RequestId request, String requesterId, String goodsCode, int locationIndex, long units,
        double kgPerUnit, double litresPerUnit, TemperatureClass temperature, DeliveryPriority priority,
        ReceivingHours receivingHours, double historicalShortfall) {

    public DeliveryOrder {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requesterId, "requesterId");
        Objects.requireNonNull(goodsCode, "goodsCode");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(receivingHours, "receivingHours");
        if (units <= 0 || kgPerUnit < 0 || litresPerUnit < 0) {
            throw new IllegalArgumentException("Order " + requesterId + "/" + goodsCode
                    + ": units must be positive and per-unit weight and volume not negative");
        }
        if (historicalShortfall < 0 || historicalShortfall > 1) {
            throw new IllegalArgumentException("Order " + requesterId + "/" + goodsCode + ": historicalShortfall "
                    + historicalShortfall + " outside 0..1");
        }
    }

    /** The same order for another number of units (re-planning: what is left after the deliveries already made). */
    public DeliveryOrder withUnits(long units) {
        return new DeliveryOrder(request, requesterId, goodsCode, locationIndex, units, kgPerUnit, litresPerUnit,
                temperature, priority, receivingHours, historicalShortfall);
    }
}
