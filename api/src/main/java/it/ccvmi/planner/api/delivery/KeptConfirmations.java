package it.ccvmi.planner.api.delivery;

import it.ccvmi.planner.api.plans.VersionPublished;
import it.ccvmi.planner.data.delivery.ConfirmedItem;
import it.ccvmi.planner.data.delivery.StopConfirmation;
import it.ccvmi.planner.data.delivery.StopConfirmationRepository;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishing a re-planned version carries the crews' confirmations of the stops it keeps over to its own stops, in
 * the publishing transaction and before the stock ledger reserves the version (so the units already handed over are
 * not reserved again): the COC's schedule, the public figures and the carry-over read the published version, and
 * the crew's new page shows those stops confirmed. No {@link StopConfirmed} event: the ledger booked them already.
 */
@Component
class KeptConfirmations {

    private final PlanVersionRepository versions;
    private final StopConfirmationRepository confirmations;

    KeptConfirmations(PlanVersionRepository versions, StopConfirmationRepository confirmations) {
        this.versions = versions;
        this.confirmations = confirmations;
    }

    @EventListener
    @Order(0)
    void carryOver(VersionPublished published) {
        PlanVersion version = versions.findById(published.versionId()).orElseThrow();
        Map<Long, RouteStop> keepingStopByKeptId = new HashMap<>();
        for (Route route : version.getRoutes()) {
            for (RouteStop stop : route.getStops()) {
                stop.getKeptStop().ifPresent(kept -> keepingStopByKeptId.put(kept.getId(), stop));
            }
        }
        if (keepingStopByKeptId.isEmpty()) {
            return;
        }
        for (StopConfirmation earlier : confirmations.findByStopIds(keepingStopByKeptId.keySet())) {
            confirmations.save(copy(earlier, keepingStopByKeptId.get(earlier.getStop().getId())));
        }
        confirmations.flush();
    }

    /** The same confirmation on the kept stop: its items carry the units handed over (all they have). */
    private static StopConfirmation copy(StopConfirmation earlier, RouteStop stop) {
        Map<Long, Integer> handedOverByRequest = new HashMap<>();
        for (ConfirmedItem item : earlier.getItems()) {
            handedOverByRequest.merge(item.getItem().getRequest().getId(), item.getUnits(), Integer::sum);
        }
        Map<RouteStopItem, Integer> handedOver = new HashMap<>();
        for (RouteStopItem item : stop.getItems()) {
            handedOver.put(item, Math.min(item.getUnits(),
                    handedOverByRequest.getOrDefault(item.getRequest().getId(), 0)));
        }
        return new StopConfirmation(UUID.randomUUID(), stop, earlier.getOutcome(), earlier.getReason(), handedOver,
                earlier.getConfirmedAt(), earlier.getReceivedAt());
    }
}
