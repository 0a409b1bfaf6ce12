package it.ccvmi.planner.solver.routing.solve;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** No requesters: the postponed list's, and every route's where the convoy goal weighs nothing. Shared, never set. */
    private static final BitSet NO_REQUESTERS = new BitSet();

    private final RoutingWeights weights;
    /** Benchmark plans weigh no convoy goal: the requester sets (a string hash per visit) are then skipped. */
    private final boolean countsConvoys;
    /** The terms of the route being scored. */
    private long hard;
    private long medium;
    private long soft;
    /**
     * Each requester's bit in the routes' requester sets, given when first met: the plan's union of those sets is
     * then a few word ORs per route instead of a string hash per delivery, and it is taken for every candidate.
     */
    private final Map<String, Integer> requesterBits = new HashMap<>();
    private final BitSet requestersOfPlan = new BitSet();

    PlainListScorer(RoutingWeights weights) {
        this.weights = weights;
        this.countsConvoys = !weights.getRequesterOnFewVans().isZero();
    }

    /**
     * One van's terms, and the requesters it carries goods for as bits of this scorer (the convoy goal; empty when it
     * weighs nothing). Never changed once made: the terms of an unchanged route are shared between plans.
     */
    record RouteTerms(long hard, long medium, long soft, BitSet requesters) {
    }

    /** @param routes every list of the plan, the postponed one included */
    HardMediumSoftLongScore score(Map<Van, List<Visit>> routes) {
        return score(routes, new RouteMeasures(routes.size()));
    }

    /**
     * As above, with the terms of routes unchanged since {@code measures} last saw them taken from there: a candidate
     * of the search on plain lists changes a few routes of many.
     */
    HardMediumSoftLongScore score(Map<Van, List<Visit>> routes, RouteMeasures measures) {
        long planHard = 0;
        long planMedium = 0;
        long planSoft = 0;
        requestersOfPlan.clear();
        long vansPerRequester = 0;
        for (Map.Entry<Van, List<Visit>> entry : routes.entrySet()) {
            Van van = entry.getKey();
            List<Visit> route = entry.getValue();
            RouteTerms terms;
            if (van.isPostponedList()) {
                terms = postponedTerms(route);
            } else if (route.isEmpty()) {
                continue;
            } else {
                terms = measures.routeTerms(van, route, this);
                vansPerRequester += terms.requesters().cardinality();
                requestersOfPlan.or(terms.requesters());
            }
            planHard += terms.hard();
            planMedium += terms.medium();
            planSoft += terms.soft();
        }
        HardMediumSoftLongScore convoys = weights.getRequesterOnFewVans();
        long extraVans = vansPerRequester - requestersOfPlan.cardinality();
        return HardMediumSoftLongScore.of(planHard - convoys.hardScore() * extraVans,
                planMedium - convoys.mediumScore() * extraVans, planSoft - convoys.softScore() * extraVans);
    }

    private RouteTerms postponedTerms(List<Visit> postponed) {
        hard = 0;
        medium = 0;
        soft = 0;
        for (Visit visit : postponed) {
            if (!visit.isReload()) {
                add(weights.getPostponedDelivery(), visit.getPostponementCost());
            }
        }
        return new RouteTerms(hard, medium, soft, NO_REQUESTERS);
    }

    /** Every term of one van's non-empty route. */
    RouteTerms routeTerms(Van van, List<Visit> route) {
        hard = 0;
        medium = 0;
        soft = 0;
        BitSet requesters = countsConvoys ? new BitSet() : NO_REQUESTERS;
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
                requesters.set(requesterBits.computeIfAbsent(visit.getRequesterId(), requester -> requesterBits.size()));
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
        return new RouteTerms(hard, medium, soft, requesters);
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
