package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The search on plain lists alone (after the construction, without the local search): on small instances whose
 * optimum an enumeration of every split into two routes finds, it reaches that optimum where the construction
 * does not, and the score OptaPlanner computes for its plan is the driving it optimised.
 */
class RuinAndRecreateSearchTest {

    private static final int CUSTOMERS = 7;
    private static final long CAPACITY = 100;
    /** The room the two vans of {@link #longRoutes} have left between them once every customer is served. */
    private static final long SPARE_CAPACITY = 20;

    @Test
    void coolsALongWallClockBudgetInDoublingEpochs() {
        // 270 s (a 5-minute solve's share): 9 s (itself three epochs: 1.8, 2.7 and 4.5 s), 18 and 36 s, then the
        // last 207 s (72 would leave less than 144).
        double first = 9 / 270.0;
        assertThat(RuinAndRecreateSearch.epochEnds(Duration.ofSeconds(270), true))
                .containsExactly(0.2 * first, 0.5 * first, first, 27 / 270.0, 63 / 270.0, 1.0);
        assertThat(RuinAndRecreateSearch.epochEnds(Duration.ofSeconds(54), true))
                .containsExactly(0.2 * (9 / 54.0), 0.5 * (9 / 54.0), 9 / 54.0, 1.0);
        assertThat(RuinAndRecreateSearch.epochEnds(Duration.ofSeconds(28), true))
                .containsExactly(0.2 * (9 / 28.0), 0.5 * (9 / 28.0), 9 / 28.0, 1.0);
    }

    @Test
    void coolsTheFirstEpochOnceWhereACrewBalanceGoalCounts() {
        assertThat(RuinAndRecreateSearch.restartsFirstEpoch(new RoutingWeights())).isFalse();
        assertThat(RuinAndRecreateSearch.restartsFirstEpoch(RoutingWeights.drivingOnly())).isTrue();
        double first = 9 / 270.0;
        assertThat(RuinAndRecreateSearch.epochEnds(Duration.ofSeconds(270), false))
                .containsExactly(first, 27 / 270.0, 63 / 270.0, 1.0);
        assertThat(RuinAndRecreateSearch.epochEnds(Duration.ofSeconds(9), false)).containsExactly(1.0);
    }

    @Test
    void splitsAShortWallClockBudgetInThreeEpochsAndCoolsACandidateBudgetOnce() {
        assertThat(RuinAndRecreateSearch.epochEnds(Duration.ofSeconds(27), true)).containsExactly(0.2, 0.5, 1.0);
        assertThat(RuinAndRecreateSearch.epochEnds(Duration.ofSeconds(5), true)).containsExactly(0.2, 0.5, 1.0);
        assertThat(RuinAndRecreateSearch.epochEnds(null, true)).containsExactly(1.0);
    }

    @Test
    void breedsPlansWithEnoughCandidatesWhereNoCrewBalanceGoalCountsAndNoDepotReturnIsPlanned() {
        RoutingPlan benchmark = Instance.random(26, false).plan();
        RuinAndRecreateSearch bred = new RuinAndRecreateSearch(null, RuinAndRecreateSearch.MIN_BREEDING_CANDIDATES, 3, 0);
        assertThat(bred.breedsPlans(benchmark)).isTrue();
        assertThat(new RuinAndRecreateSearch(Duration.ofSeconds(1), 0, 3, 0).breedsPlans(benchmark)).isTrue();
        assertThat(new RuinAndRecreateSearch(null, RuinAndRecreateSearch.MIN_BREEDING_CANDIDATES - 1, 3, 0)
                .breedsPlans(benchmark)).as("the CI gate's budgets").isFalse();
        assertThat(bred.breedsPlans(new RoutingPlan(benchmark.getRealVans(), benchmark.getVisits(), new RoutingWeights())))
                .as("a Milan day's goals").isFalse();
        assertThat(bred.breedsPlans(visitsAtTheDepot(RuinAndRecreateSearch.MAX_BREEDING_VISITS))).isTrue();
        assertThat(bred.breedsPlans(visitsAtTheDepot(RuinAndRecreateSearch.MAX_BREEDING_VISITS + 1)))
                .as("larger plans cool in epochs").isFalse();
        List<Visit> withDepotReturns = new ArrayList<>(benchmark.getVisits());
        withDepotReturns.addAll(MultiTrip.DEFAULT.reloads(benchmark.getRealVans()));
        assertThat(bred.breedsPlans(new RoutingPlan(benchmark.getRealVans(), withDepotReturns, RoutingWeights.drivingOnly())))
                .isFalse();
    }

    @Test
    void breedingFillsThePoolInItsFirstHalfThenEducatesChildren() {
        double[] ends = RuinAndRecreateSearch.breedingEpochEnds();

        assertThat(ends).startsWith(0.1, 0.2, 0.3, 0.4, 0.5).hasSize(RuinAndRecreateSearch.POOL_SIZE + 25);
        assertThat(ends[5]).isCloseTo(0.52, within(1e-9));
        assertThat(ends[ends.length - 2]).isCloseTo(0.98, within(1e-9));
        assertThat(ends[ends.length - 1]).isEqualTo(1.0);
    }

    @Test
    void reachesTheOptimumOfASmallCapacitatedInstance() {
        Instance instance = Instance.random(26, false);

        RoutingPlan constructed = solve(instance.plan(), 0);
        RoutingPlan searched = solve(instance.plan(), 3000);

        long optimum = instance.optimalDriving();
        assertThat(-constructed.getScore().softScore()).isGreaterThan(optimum);
        assertThat(searched.getScore().hardScore()).isZero();
        assertThat(searched.getScore().mediumScore()).isZero();
        assertThat(-searched.getScore().softScore()).isEqualTo(optimum).isEqualTo(driving(searched));
    }

    @Test
    void keepsTimeWindowsAndReachesTheOptimumWithinThem() {
        Instance instance = Instance.random(7, true);

        RoutingPlan constructed = solve(instance.plan(), 0);
        RoutingPlan searched = solve(instance.plan(), 3000);

        long optimum = instance.optimalDriving();
        assertThat(Instance.random(7, false).optimalDriving()).as("the windows bind").isLessThan(optimum);
        assertThat(-constructed.getScore().softScore()).isGreaterThan(optimum);
        assertThat(new FeasibilityChecker().check(searched).violations()).isEmpty();
        assertThat(searched.getScore().mediumScore()).isZero();
        assertThat(-searched.getScore().softScore()).isEqualTo(optimum);
    }

    /**
     * Two vans, 30 customers filling all but 20 units of them: routes long enough for the search to pass through
     * overloaded plans ({@link OverloadPenalty}). Its best plan must keep both capacities and improve on the
     * construction (an overloaded best would score worse, and the solver would keep the construction's plan).
     */
    @Test
    void crossesOverloadedPlansOnLongRoutesAndReturnsOneWithinCapacity() {
        RoutingPlan constructed = solve(longRoutes(), 0);
        assertThat(OverloadPenalty.forSearch(constructed, 1)).as("the routes are long enough").isNotNull();

        RoutingPlan searched = solve(longRoutes(), 3000);

        assertThat(new FeasibilityChecker().check(searched).violations()).isEmpty();
        assertThat(searched.getScore().hardScore()).isZero();
        assertThat(searched.getScore()).isGreaterThan(constructed.getScore());
    }

    /** Bred plans (long routes, so overloaded candidates too): the best one keeps both capacities and the windows. */
    @Test
    void breedsPlansThatKeepEveryRule() {
        RoutingPlan constructed = solve(longRoutes(), 0);
        RoutingPlan bred = solve(longRoutes(), RuinAndRecreateSearch.MIN_BREEDING_CANDIDATES);
        RoutingPlan once = solve(longRoutes(), RuinAndRecreateSearch.MIN_BREEDING_CANDIDATES - 1);

        assertThat(new FeasibilityChecker().check(bred).violations()).isEmpty();
        assertThat(bred.getScore()).isGreaterThan(constructed.getScore());
        assertThat(bred.visitOrder()).as("another search than one cooling").isNotEqualTo(once.visitOrder());
        Instance timed = Instance.random(7, true);
        RoutingPlan bredWithinWindows = solve(timed.plan(), RuinAndRecreateSearch.MIN_BREEDING_CANDIDATES);
        assertThat(new FeasibilityChecker().check(bredWithinWindows).violations()).isEmpty();
        assertThat(-bredWithinWindows.getScore().softScore()).isEqualTo(timed.optimalDriving());
    }

    @Test
    void sameSeedAndCandidateBudgetSamePlan() {
        Instance instance = Instance.random(26, false);

        assertThat(solve(instance.plan(), 500).visitOrder()).isEqualTo(solve(instance.plan(), 500).visitOrder());
    }

    private static RoutingPlan visitsAtTheDepot(int count) {
        ArrayTravelMatrix matrix = ArrayTravelMatrix.of(1, new long[] {0}, new long[] {0});
        Location depot = new Location(0, matrix);
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            visits.add(new Visit(Integer.toString(i), new RequestId(i), Integer.toString(i), "demand", 1, depot, 1, 0,
                    TemperatureClass.AMBIENT, DeliveryPriority.FOOD, 10, ReceivingHours.ANY_TIME, 1));
        }
        return new RoutingPlan(List.of(new Van("v1", "crew 1", depot, count, Long.MAX_VALUE / 4, true, 0, Van.NO_SHIFT_END)),
                visits, RoutingWeights.drivingOnly());
    }

    /** Two vans without times, 30 customers of 20–40 units at random in a 100 × 100 square around the depot. */
    private static RoutingPlan longRoutes() {
        Random random = new Random(30);
        int n = 31;
        long[] x = new long[n];
        long[] y = new long[n];
        for (int i = 1; i < n; i++) {
            x[i] = random.nextInt(101) - 50;
            y[i] = random.nextInt(101) - 50;
        }
        long[] costs = new long[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                costs[a * n + b] = Math.round(Math.hypot(x[a] - x[b], y[a] - y[b]));
            }
        }
        ArrayTravelMatrix matrix = ArrayTravelMatrix.of(n, costs, costs);
        Location depot = new Location(0, matrix);
        long[] demands = new long[n];
        for (int node = 1; node < n; node++) {
            demands[node] = 20 + random.nextInt(21);
        }
        long capacity = (LongStream.of(demands).sum() + SPARE_CAPACITY) / 2;
        List<Van> vans = List.of(new Van("v1", "crew 1", depot, capacity, Long.MAX_VALUE / 4, true, 0, Van.NO_SHIFT_END),
                new Van("v2", "crew 2", depot, capacity, Long.MAX_VALUE / 4, true, 0, Van.NO_SHIFT_END));
        List<Visit> visits = new ArrayList<>();
        for (int node = 1; node < n; node++) {
            long demand = demands[node];
            visits.add(new Visit(Integer.toString(node), new RequestId(node), Integer.toString(node), "demand", demand,
                    new Location(node, matrix), demand, 0, TemperatureClass.AMBIENT, DeliveryPriority.FOOD, 10,
                    ReceivingHours.ANY_TIME, 1));
        }
        return new RoutingPlan(vans, visits, RoutingWeights.drivingOnly());
    }

    /** The construction, then {@code candidates} candidate plans of the search (none when 0). */
    private static RoutingPlan solve(RoutingPlan plan, long candidates) {
        List<CustomPhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new InsertionConstruction()));
        if (candidates > 0) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new RuinAndRecreateSearch(null, candidates, 3.0, 0).slices()));
        }
        SolverConfig config = RoutingSolverConfig.scoring().withRandomSeed(0L).withPhases(phases.toArray(CustomPhaseConfig[]::new));
        return SolverFactory.<RoutingPlan>create(config).buildSolver().solve(plan);
    }

    private static long driving(RoutingPlan plan) {
        long total = 0;
        for (Van van : plan.getRealVans()) {
            total += routeDriving(van, van.getVisits());
        }
        return total;
    }

    private static long routeDriving(Van van, List<Visit> route) {
        long total = 0;
        Location here = van.getDepot();
        for (Visit visit : route) {
            total += here.secondsTo(visit.getLocation());
            here = visit.getLocation();
        }
        return route.isEmpty() ? 0 : total + here.secondsTo(van.getDepot());
    }

    /**
     * Depot 0 at the centre of a 100 × 100 square, seven customers at random, two vans of 100 units; with times,
     * windows of 80 opening between 0 and 250 and the vans back by 500.
     */
    private record Instance(boolean timed, ArrayTravelMatrix matrix, long[] demands, long[] readyTimes) {

        static Instance random(long seed, boolean timed) {
            Random random = new Random(seed);
            int n = CUSTOMERS + 1;
            double[] x = new double[n];
            double[] y = new double[n];
            long[] demands = new long[n];
            long[] ready = new long[n];
            x[0] = 50;
            y[0] = 50;
            for (int i = 1; i < n; i++) {
                x[i] = random.nextInt(101);
                y[i] = random.nextInt(101);
                demands[i] = 20 + random.nextInt(21); // 20–40: about two van loads in all
                ready[i] = random.nextInt(250);
            }
            long[] costs = new long[n * n];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    costs[a * n + b] = Math.round(Math.hypot(x[a] - x[b], y[a] - y[b]));
                }
            }
            return new Instance(timed, ArrayTravelMatrix.of(n, costs, costs), demands, ready);
        }

        RoutingPlan plan() {
            Location depot = new Location(0, matrix);
            List<Van> vans = new ArrayList<>();
            for (int v = 1; v <= 2; v++) {
                vans.add(new Van("v" + v, "crew " + v, depot, CAPACITY, Long.MAX_VALUE / 4, true, 0, timed ? 500 : Van.NO_SHIFT_END));
            }
            List<Visit> visits = new ArrayList<>();
            for (int node = 1; node <= CUSTOMERS; node++) {
                ReceivingHours hours = timed ? ReceivingHours.of(new TimeWindow(readyTimes[node], readyTimes[node] + 80)) : ReceivingHours.ANY_TIME;
                visits.add(new Visit(Integer.toString(node), new RequestId(node), Integer.toString(node), "demand", demands[node],
                        new Location(node, matrix), demands[node], 0, TemperatureClass.AMBIENT, DeliveryPriority.FOOD, 10, hours, 1));
            }
            return new RoutingPlan(vans, visits, RoutingWeights.drivingOnly());
        }

        /** Every order of the customers, cut in two routes at every point: the least driving that breaks no rule. */
        long optimalDriving() {
            RoutingPlan plan = plan();
            List<Van> vans = plan.getRealVans();
            long best = Long.MAX_VALUE;
            for (List<Visit> order : permutations(plan.getVisits())) {
                for (int cut = 0; cut <= order.size(); cut++) {
                    List<Visit> first = order.subList(0, cut);
                    List<Visit> second = order.subList(cut, order.size());
                    if (fits(vans.get(0), first) && fits(vans.get(1), second)) {
                        best = Math.min(best, routeDriving(vans.get(0), first) + routeDriving(vans.get(1), second));
                    }
                }
            }
            return best;
        }

        private static boolean fits(Van van, List<Visit> route) {
            long load = route.stream().mapToLong(Visit::getKg).sum();
            RouteFit.Timing timing = RouteFit.Schedule.of(van, route).timing();
            return load <= van.getCapacityKg() && (!van.isTimed() || timing.latenessSeconds() == 0 && timing.overrunSeconds() == 0);
        }

        private static List<List<Visit>> permutations(List<Visit> visits) {
            if (visits.isEmpty()) {
                return List.of(List.of());
            }
            List<List<Visit>> all = new ArrayList<>();
            for (Visit first : visits) {
                List<Visit> rest = new ArrayList<>(visits);
                rest.remove(first);
                for (List<Visit> tail : permutations(rest)) {
                    List<Visit> order = new ArrayList<>();
                    order.add(first);
                    order.addAll(tail);
                    all.add(order);
                }
            }
            return all;
        }
    }
}
