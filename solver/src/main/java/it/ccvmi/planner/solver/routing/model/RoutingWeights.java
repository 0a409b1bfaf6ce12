package it.ccvmi.planner.solver.routing.model;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weight of every constraint, part of the plan so each day (or benchmark) can tune them.
 * A zero weight switches a constraint off (the pure-distance benchmarks switch off the Milan-only goals).
 */
@ConstraintConfiguration
public class RoutingWeights {

    public static final String VAN_CAPACITY_KG = "Van capacity (kg)";
    public static final String VAN_CAPACITY_VOLUME = "Van capacity (volume)";
    public static final String CHILLED_GOODS_IN_REFRIGERATED_VAN = "Chilled goods in a refrigerated van";
    public static final String ARRIVAL_WITHIN_WINDOW = "Arrival within the receiving window";
    public static final String BACK_AT_DEPOT_BY_SHIFT_END = "Back at the depot by shift end";
    public static final String POSTPONED_DELIVERY = "Postponed delivery";
    public static final String TOTAL_DRIVING_TIME = "Total driving time";
    public static final String BALANCED_CREW_WORKLOAD = "Balanced crew workload";
    public static final String REQUESTER_ON_FEW_VANS = "A requester's goods on few vans";
    public static final String RELOAD_BEFORE_DELIVERIES = "A depot return followed by deliveries";

    @ConstraintWeight(VAN_CAPACITY_KG)
    private HardMediumSoftLongScore vanCapacityKg = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(VAN_CAPACITY_VOLUME)
    private HardMediumSoftLongScore vanCapacityVolume = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(CHILLED_GOODS_IN_REFRIGERATED_VAN)
    private HardMediumSoftLongScore chilledGoodsInRefrigeratedVan = HardMediumSoftLongScore.ofHard(1000);
    @ConstraintWeight(ARRIVAL_WITHIN_WINDOW)
    private HardMediumSoftLongScore arrivalWithinWindow = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(BACK_AT_DEPOT_BY_SHIFT_END)
    private HardMediumSoftLongScore backAtDepotByShiftEnd = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(POSTPONED_DELIVERY)
    private HardMediumSoftLongScore postponedDelivery = HardMediumSoftLongScore.ONE_MEDIUM;
    /** One soft point per second of driving. */
    @ConstraintWeight(TOTAL_DRIVING_TIME)
    private HardMediumSoftLongScore totalDrivingTime = HardMediumSoftLongScore.ONE_SOFT;
    /** Penalised per tenth of a squared minute of each crew's day: spreading work evenly lowers the sum of squares. */
    @ConstraintWeight(BALANCED_CREW_WORKLOAD)
    private HardMediumSoftLongScore balancedCrewWorkload = HardMediumSoftLongScore.ONE_SOFT;
    /** Per extra van a requester's goods arrive on: one convoy is easier for a COC to receive. */
    @ConstraintWeight(REQUESTER_ON_FEW_VANS)
    private HardMediumSoftLongScore requesterOnFewVans = HardMediumSoftLongScore.ofSoft(600);

    /** Per second of a depot return that no delivery follows: wasted crew time. */
    @ConstraintWeight(RELOAD_BEFORE_DELIVERIES)
    private HardMediumSoftLongScore reloadBeforeDeliveries = HardMediumSoftLongScore.ONE_SOFT;

    /** The Milan defaults: hard rules, postponement cost, then driving, balance and convoy goals. */
    public RoutingWeights() {
    }

    /** Only driving counts among the soft goals: the objective of the CVRPLIB and Solomon benchmarks. */
    public static RoutingWeights drivingOnly() {
        RoutingWeights weights = new RoutingWeights();
        weights.balancedCrewWorkload = HardMediumSoftLongScore.ZERO;
        weights.requesterOnFewVans = HardMediumSoftLongScore.ZERO;
        return weights;
    }

    public RoutingWeights withBalancedCrewWorkload(long softPerSquaredMinute) {
        balancedCrewWorkload = HardMediumSoftLongScore.ofSoft(softPerSquaredMinute);
        return this;
    }

    public RoutingWeights withRequesterOnFewVans(long softPerExtraVan) {
        requesterOnFewVans = HardMediumSoftLongScore.ofSoft(softPerExtraVan);
        return this;
    }

    public HardMediumSoftLongScore getVanCapacityKg() {
        return vanCapacityKg;
    }

    public HardMediumSoftLongScore getVanCapacityVolume() {
        return vanCapacityVolume;
    }

    public HardMediumSoftLongScore getChilledGoodsInRefrigeratedVan() {
        return chilledGoodsInRefrigeratedVan;
    }

    public HardMediumSoftLongScore getArrivalWithinWindow() {
        return arrivalWithinWindow;
    }

    public HardMediumSoftLongScore getBackAtDepotByShiftEnd() {
        return backAtDepotByShiftEnd;
    }

    public HardMediumSoftLongScore getPostponedDelivery() {
        return postponedDelivery;
    }

    public HardMediumSoftLongScore getTotalDrivingTime() {
        return totalDrivingTime;
    }

    public HardMediumSoftLongScore getBalancedCrewWorkload() {
        return balancedCrewWorkload;
    }

    /** Whether the crews' working days are a goal (the Milan days), which the search is tuned for. */
    public boolean countsCrewBalance() {
        return !balancedCrewWorkload.isZero();
    }

    public HardMediumSoftLongScore getRequesterOnFewVans() {
        return requesterOnFewVans;
    }

    public HardMediumSoftLongScore getReloadBeforeDeliveries() {
        return reloadBeforeDeliveries;
    }
}
