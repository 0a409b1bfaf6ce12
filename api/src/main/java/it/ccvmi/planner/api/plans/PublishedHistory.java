package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.data.delivery.StopConfirmationRepository;
import it.ccvmi.planner.data.plan.Allocation;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.planning.FairnessOptions.RequesterGoods;
import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.solver.allocation.EquityOverTime;
import it.ccvmi.planner.solver.allocation.PastOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equity over time from what was published: for every requester and goods type, its fair share and the units
 * handed over on each of the last {@value EquityOverTime#HORIZON_DAYS} days: what the crew confirmed at a
 * confirmed stop, what the published route carried to a stop nobody confirmed.
 */
@Component
public class PublishedHistory {

    private final PlanVersionRepository versions;
    private final StopConfirmationRepository confirmations;

    PublishedHistory(PlanVersionRepository versions, StopConfirmationRepository confirmations) {
        this.versions = versions;
        this.confirmations = confirmations;
    }

    /** The past outcomes the fair split of {@code date} carries over, keyed by site id and goods. */
    @Transactional(readOnly = true)
    public Map<RequesterGoods, List<PastOutcome>> before(LocalDate date) {
        Map<RequesterGoods, List<PastOutcome>> history = new HashMap<>();
        for (PlanVersion version : versions.findPublishedBetween(date.minusDays(EquityOverTime.HORIZON_DAYS),
                date.minusDays(1))) {
            int daysAgo = (int) ChronoUnit.DAYS.between(version.getPlan().getDeliveryDate(), date);
            Map<Long, Long> delivered = deliveredUnits(version, confirmedUnits(version));
            for (Allocation allocation : version.getAllocations()) {
                BigDecimal fairShare = allocation.getFairShare();
                DeliveryRequest request = allocation.getRequest();
                int requested = allocation.getRequestedUnits(); // as published, not as edited since
                if (fairShare == null || requested == 0) {
                    continue; // a version stored without its fair shares cannot say who was short-changed
                }
                RequesterGoods key = new RequesterGoods(new SiteId(request.getSite().getId()),
                        request.getGoodsType().getCode());
                history.computeIfAbsent(key, any -> new ArrayList<>()).add(new PastOutcome(daysAgo,
                        requested, fairShare.min(BigDecimal.valueOf(requested)),
                        delivered.getOrDefault(request.getId(), 0L)));
            }
        }
        return history;
    }

    /** Units per request id that the version's routes hand over: confirmed units where a crew confirmed. */
    private static Map<Long, Long> deliveredUnits(PlanVersion version, Map<Long, Integer> confirmedByItemId) {
        Map<Long, Long> units = new HashMap<>();
        for (Route route : version.getRoutes()) {
            for (RouteStop stop : route.getStops()) {
                for (RouteStopItem item : stop.getItems()) {
                    int handedOver = confirmedByItemId.getOrDefault(item.getId(), item.getUnits());
                    units.merge(item.getRequest().getId(), (long) handedOver, Long::sum);
                }
            }
        }
        return units;
    }

    /** Units the crews confirmed per item (route_stop_item id) of the version's confirmed stops. */
    private Map<Long, Integer> confirmedUnits(PlanVersion version) {
        Map<Long, Integer> units = new HashMap<>();
        confirmations.findByVersion(version).forEach(confirmation -> confirmation.getItems()
                .forEach(item -> units.put(item.getItem().getId(), item.getUnits())));
        return units;
    }
}
