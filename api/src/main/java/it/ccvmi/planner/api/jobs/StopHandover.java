package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.data.delivery.ConfirmedItem;
import it.ccvmi.planner.data.delivery.NotDeliveredReason;
import it.ccvmi.planner.data.delivery.StopConfirmation;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import it.ccvmi.planner.planning.day.DayReplan.Delivery;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a stop done or under way leaves to a re-plan, from its crew's confirmation: the units handed over stay on the
 * van ({@code kept}, pinned), the units the site would not take are postponed ({@code refused}: a partial delivery's
 * rest, a refusal, a site found closed), and the units the van could not bring (no time, van broken down) are in
 * neither list: they are planned again, on another van if need be. A stop nobody has confirmed keeps all it carries.
 */
record StopHandover(List<Delivery> kept, List<Delivery> refused) {

    private static final Set<NotDeliveredReason> SITE_REFUSED = Set.of(NotDeliveredReason.CLOSED,
            NotDeliveredReason.REFUSED);

    /** @param confirmation the stop's confirmation, null when it has none */
    static StopHandover of(RouteStop stop, StopConfirmation confirmation) {
        if (confirmation == null) {
            return new StopHandover(planned(stop), List.of());
        }
        return switch (confirmation.getOutcome()) {
            case NOT_DELIVERED -> new StopHandover(List.of(),
                    SITE_REFUSED.contains(confirmation.getReason()) ? planned(stop) : List.of());
            case DELIVERED, PARTIAL -> handedOver(confirmation);
        };
    }

    /** Every item of the stop as planned. */
    static List<Delivery> planned(RouteStop stop) {
        List<Delivery> deliveries = new ArrayList<>();
        for (RouteStopItem item : stop.getItems()) {
            deliveries.add(new Delivery(new RequestId(item.getRequest().getId()), item.getUnits()));
        }
        return deliveries;
    }

    private static StopHandover handedOver(StopConfirmation confirmation) {
        List<Delivery> kept = new ArrayList<>();
        List<Delivery> refused = new ArrayList<>();
        for (ConfirmedItem confirmed : confirmation.getItems()) {
            RequestId request = new RequestId(confirmed.getItem().getRequest().getId());
            int rest = confirmed.getItem().getUnits() - confirmed.getUnits();
            if (confirmed.getUnits() > 0) {
                kept.add(new Delivery(request, confirmed.getUnits()));
            }
            if (rest > 0) {
                refused.add(new Delivery(request, rest));
            }
        }
        return new StopHandover(kept, refused);
    }
}
