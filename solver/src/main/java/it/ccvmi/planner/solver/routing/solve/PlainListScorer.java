package it.ccvmi.planner.solver.routing.solve;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.RouteWalk;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The score of {@code RoutingConstraints} computed from routes held as plain lists, without a score director or the
 * shadow variables: what lets {@link RuinAndRecreateSearch} judge a candidate plan in microseconds. Each term below
 * mirrors one constraint; {@code PlainListScorerTest} holds the two equal on Milan days and benchmark plans.
 */
final class PlainListScorer {

    private final RoutingWeights weights;
    /** Benchmark plans weigh no convoy goal: the requester sets (a string hash per visit) are then skipped. */
    private final boolean countsConvoys;
    private long hard;
    private long medium;
    private long soft;
    /** Reused per route: the requesters a van carries goods for (the convoy goal). */
    private final Set<String> requestersOfVan = new HashSet<>();
    private final Set<String> requestersOfPlan = new HashSet<>();

    PlainListScorer(RoutingWeights weights) {
        this.weights = weights;
        this.countsConvoys = !weights.getRequesterOnFewVans().isZero();
    }

    /** @param routes every list of the plan, the postponed one included */
    HardMediumSoftLongScore score(Map<Van, List<Visit>> routes) {
        hard = 0;
        medium = 0;
        soft = 0;
        requestersOfPlan.clear();
        long vansPerRequester = 0;
        for (Map.Entry<Van, List<Visit>> entry : routes.entrySet()) {
            Van van = entry.getKey();
            List<Visit> route = entry.getValue();
            if (van.isPostponedList()) {
                for (Visit visit : route) {
                    if (!visit.isReload()) {
                        add(weights.getPostponedDelivery(), visit.getPostponementCost());
                    }
                }
            } else if (!route.isEmpty()) {
                scoreRoute(van, route);
                if (countsConvoys) {
                    vansPerRequester += requestersOfVan.size();
                    requestersOfPlan.addAll(requestersOfVan);
                }
            }
        }
        add(weights.getRequesterOnFewVans(), vansPerRequester - requestersOfPlan.size());
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    /** Every term of one van's non-empty route; leaves the requesters it serves in {@link #requestersOfVan}. */
    private void scoreRoute(Van van, List<Visit> route) {
        requestersOfVan.clear();
        RouteWalk walk = RouteWalk.fromDepot(van);
        Location previous = van.getDepot();
        long driving = 0;
        long tripKg = 0;
        long tripLitres = 0;
        for (int i = 0; i < route.size(); i++) {
            Visit visit = route.get(i);
            driving += previous.secondsTo(visit.getLocation());
            previous = visit.getLocation();
            if (van.isTimed()) {
                add(weights.getArrivalWithinWindow(), visit.getReceivingHours().lateness(walk.stopAt(visit)));
            }
            if (visit.isChilled() && !van.isRefrigerated()) {
                add(weights.getChilledGoodsInRefrigeratedVan(), 1);
            }
            if (visit.isReload()) {
                boolean followedByDeliveries = i > 0 && i < route.size() - 1 && !route.get(i + 1).isReload();
                add(weights.getReloadBeforeDeliveries(), followedByDeliveries ? 0 : visit.getServiceSeconds());
                tripKg = addOverCapacity(weights.getVanCapacityKg(), tripKg, van.getCapacityKg());
                tripLitres = addOverCapacity(weights.getVanCapacityVolume(), tripLitres, van.getCapacityLitres());
                continue;
            }
            tripKg += visit.getKg();
            tripLitres += visit.getLitres();
            if (countsConvoys) {
                requestersOfVan.add(visit.getRequesterId());
            }
        }
        addOverCapacity(weights.getVanCapacityKg(), tripKg, van.getCapacityKg());
        addOverCapacity(weights.getVanCapacityVolume(), tripLitres, van.getCapacityLitres());
        add(weights.getTotalDrivingTime(), driving + previous.secondsTo(van.getDepot()));
        if (van.isTimed()) {
            add(weights.getBackAtDepotByShiftEnd(), Math.max(0, walk.backAtDepotSecond() - van.getShiftEndSecond()));
            long minutes = (walk.backAtDepotSecond() - van.getShiftStartSecond()) / 60;
            add(weights.getBalancedCrewWorkload(), minutes * minutes / 10);
        }
    }

    /** Adds a trip's load over capacity; returns 0, the load the next trip starts with. */
    private long addOverCapacity(HardMediumSoftLongScore weight, long load, long capacity) {
        add(weight, Math.max(0, load - capacity));
        return 0;
    }

    private void add(HardMediumSoftLongScore weight, long matchWeight) {
        hard -= weight.hardScore() * matchWeight;
        medium -= weight.mediumScore() * matchWeight;
        soft -= weight.softScore() * matchWeight;
    }
}
