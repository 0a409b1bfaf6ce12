package it.ccvmi.planner.solver.routing.constraints;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import java.util.function.ToLongFunction;

import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The routing rules as incremental constraint streams (run on Bavet). Every constraint starts from the
 * visits so a move re-evaluates only the stops it touched. Weights live in {@link RoutingWeights}.
 */
public class RoutingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                vanCapacityKg(factory),
                vanCapacityVolume(factory),
                chilledGoodsInRefrigeratedVan(factory),
                arrivalWithinWindow(factory),
                backAtDepotByShiftEnd(factory),
                postponedDelivery(factory),
                totalDrivingTime(factory),
                balancedCrewWorkload(factory),
                requesterOnFewVans(factory),
                reloadBeforeDeliveries(factory)
        };
    }

    /** Hard, per kg over the van's payload on one trip (a depot return starts the next trip empty). */
    Constraint vanCapacityKg(ConstraintFactory factory) {
        return overCapacity(factory, Visit::getKg, Van::getCapacityKg, RoutingWeights.VAN_CAPACITY_KG);
    }

    /** Hard, per litre over the van's load volume on one trip. */
    Constraint vanCapacityVolume(ConstraintFactory factory) {
        return overCapacity(factory, Visit::getLitres, Van::getCapacityLitres, RoutingWeights.VAN_CAPACITY_VOLUME);
    }

    private static Constraint overCapacity(ConstraintFactory factory, ToLongFunction<Visit> load,
            ToLongFunction<Van> capacity, String name) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isDelivered() && !visit.isReload())
                .groupBy(Visit::getVan, Visit::getTrip, sumLong(load))
                .filter((van, trip, total) -> total > capacity.applyAsLong(van))
                .penalizeConfigurableLong((van, trip, total) -> total - capacity.applyAsLong(van))
                .asConstraint(name);
    }

    /** Hard, per chilled delivery in a van without refrigeration. */
    Constraint chilledGoodsInRefrigeratedVan(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isDelivered() && visit.isChilled() && !visit.getVan().isRefrigerated())
                .penalizeConfigurable()
                .asConstraint(RoutingWeights.CHILLED_GOODS_IN_REFRIGERATED_VAN);
    }

    /** Hard, per second of arrival after the site's last receiving window has closed. */
    Constraint arrivalWithinWindow(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isDelivered() && visit.getLatenessSeconds() > 0)
                .penalizeConfigurableLong(Visit::getLatenessSeconds)
                .asConstraint(RoutingWeights.ARRIVAL_WITHIN_WINDOW);
    }

    /** Hard, per second the van is back after its shift end (judged at its last stop). */
    Constraint backAtDepotByShiftEnd(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.getShiftOverrunSeconds() > 0)
                .penalizeConfigurableLong(Visit::getShiftOverrunSeconds)
                .asConstraint(RoutingWeights.BACK_AT_DEPOT_BY_SHIFT_END);
    }

    /** Medium: a delivery left for another day costs its priority- and fairness-weighted postponement cost. */
    Constraint postponedDelivery(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isPostponed() && !visit.isReload())
                .penalizeConfigurableLong(Visit::getPostponementCost)
                .asConstraint(RoutingWeights.POSTPONED_DELIVERY);
    }

    /** Soft, per second of driving: from the previous stop (or depot) to each visit, and home after the last. */
    Constraint totalDrivingTime(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isDelivered)
                .penalizeConfigurableLong(visit -> visit.isLastStop()
                        ? visit.getDrivingSecondsFromOrigin() + visit.getDrivingSecondsToDepot()
                        : visit.getDrivingSecondsFromOrigin())
                .asConstraint(RoutingWeights.TOTAL_DRIVING_TIME);
    }

    /**
     * Soft, per tenth of a squared minute of each crew's working day: equal days minimise the sum of squares.
     * Moving one minute of work from a crew working {@code a} minutes to one working {@code b} gains
     * {@code (a − b) / 5} points, so 100 minutes of imbalance are worth 20 s of extra driving per minute moved.
     */
    Constraint balancedCrewWorkload(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isDelivered() && visit.getArrivalSecond() != null)
                .groupBy(Visit::getVan, sumLong(Visit::getWorkSeconds))
                .penalizeConfigurableLong((van, seconds) -> (seconds / 60) * (seconds / 60) / 10)
                .asConstraint(RoutingWeights.BALANCED_CREW_WORKLOAD);
    }

    /** Soft, per van beyond the first that carries goods for the same requester. */
    Constraint requesterOnFewVans(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isDelivered() && !visit.isReload())
                .groupBy(Visit::getRequesterId, countDistinct(Visit::getVan))
                .filter((requester, vans) -> vans > 1)
                .penalizeConfigurable((requester, vans) -> vans - 1)
                .asConstraint(RoutingWeights.REQUESTER_ON_FEW_VANS);
    }

    /**
     * Soft, per second of reload time spent on a depot return that no delivery follows (first or last stop of a
     * route, or right before another reload): such a reload only lengthens the crew's day, so the search drops it.
     */
    Constraint reloadBeforeDeliveries(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isReload() && visit.isDelivered() && (visit.getPreviousVisit() == null
                        || visit.getNextVisit() == null || visit.getNextVisit().isReload()))
                .penalizeConfigurableLong(Visit::getServiceSeconds)
                .asConstraint(RoutingWeights.RELOAD_BEFORE_DELIVERIES);
    }
}
