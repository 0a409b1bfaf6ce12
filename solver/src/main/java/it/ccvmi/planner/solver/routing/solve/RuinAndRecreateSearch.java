package it.ccvmi.planner.solver.routing.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Ruin-and-recreate with simulated annealing on plain lists: SISR's search loop. A candidate plan costs one ruin, one
 * recreate and a {@link PlainListScorer} pass over the routes, with no score director, so the search tries tens of
 * thousands of plans a second where the local search's ruin-and-recreate moves try a few thousand. The recreate keeps
 * every load and timing rule ({@link RouteFit}) and inserts where a visit adds the least driving; the candidate is then
 * judged by the whole score (crew balance, convoys and depot returns too on a Milan day). The best plan found becomes
 * the working solution; the local search then polishes it with its single-visit moves.
 *
 * <p>Acceptance as in SISR: a candidate with a worse hard or medium score (a broken rule, more postponement cost) is
 * never taken; otherwise it is taken when its soft penalty is below the current one's plus {@code −T·ln U} (U uniform
 * in (0, 1]), with T cooling exponentially from {@code temperature} mean nearest-neighbour hops (in soft points: a
 * driving second weighs more where crew balance and convoys count) to a hundredth of that as the budget (time or
 * candidates) is spent. On long routes without times, a candidate may overload a trip at a price that adapts
 * ({@link OverloadPenalty}, HGS's penalised infeasible plans); the best plan keeps every capacity.
 *
 * <p>A long wall-clock budget cools in epochs (see {@link #epochEnds}): the first {@link #FIRST_EPOCH} long, each next
 * twice as long, each starting hot again from the best plan so far; the first epoch (a short budget's whole) is
 * itself three shorter ones unless a crew-balance goal counts. One cooling over the whole budget leaves the plan far
 * from its best for most of the run (a 5-minute solve of the Milan emergency day was 9–12 % above its final plan
 * after 10 s), while a planner may stop a job at any time; with epochs the best plan after the first epoch is what a
 * solve of that length returns, and the longer epochs after it keep improving it.
 *
 * <p>On plans of at most 200 visits where no crew-balance goal counts and no depot returns are planned (the
 * benchmarks with n ≤ 200: Solomon's, X n ≤ 200), the search breeds plans instead (HGS's population and crossover,
 * with SISR's search as the education): five coolings from the construction fill a pool with their best plans, then
 * each short, cooler cooling starts from a child of two pool plans ({@link RouteCrossover}) and its best plan may take
 * a worse one's place ({@link PlanPool}). Two plans that one cooling would not join, each good in a part of the map,
 * give a child good in both.
 */
final class RuinAndRecreateSearch {

    /** SISR cools from T0 to T0/100 over the run. */
    private static final double FINAL_TEMPERATURE_RATIO = 0.01;
    /**
     * The search runs in slices, each one OptaPlanner step that ends by handing the best plan so far to the working
     * solution: a new best reaches the job's progress and checkpoints within this long, and a solve stopped early
     * stops at the next slice.
     */
    private static final Duration SLICE_TIME = Duration.ofMillis(500);
    /** With a candidate budget, slices of this many candidates. */
    private static final long SLICE_CANDIDATES = 1000;
    /**
     * The first cooling epoch of a long wall-clock budget: this search's share of a 10-second solve (a planner's short
     * wait), so that the first 10 s of a long solve give what a 10 s solve gives.
     */
    private static final Duration FIRST_EPOCH = Duration.ofMillis(Math.round(10_000 * RoutingSolverConfig.PLAIN_LIST_SHARE));
    /**
     * Where the first epoch starts hot again from its best plan, as shares of it: epochs of a fifth, three tenths and
     * half of it. At one million candidates (21 runs, seeds 1–6) X-n214-k11, X-n261-k13, X-n308-k13 and X-n367-k17
     * ended 0.55 % above the best-known costs against 0.83 % with one cooling, mostly by rescuing the runs that cooled
     * into a poor plan; shorter routes (X-n242-k48, X-n270-k35, X-n336-k84) 0.46 % against 0.48 % (README,
     * *Results*, "Restarts in the first epoch").
     */
    private static final double[] FIRST_EPOCH_RESTARTS = {0.2, 0.5};
    /**
     * Breeding (see {@link #breedingEpochEnds}): the pool's size, the share of the budget its first plans take, each
     * child's share, and the temperature a child cools from, as a share of the search's.
     */
    static final int POOL_SIZE = 5;
    private static final double POOL_SHARE = 0.5;
    private static final double CHILD_SHARE = 0.02;
    private static final double CHILD_TEMPERATURE = 0.3;
    /**
     * A candidate budget smaller than this cools once: each child would get too few candidates to learn from (the CI
     * gate's 400 candidates ended worse on three of its six instances when bred).
     */
    static final long MIN_BREEDING_CANDIDATES = 50_000;
    /**
     * Larger plans cool in epochs: their coolings need the longer time. X n 204–384 at 30 s ended 0.47 % above the
     * best-known costs bred against 0.43 % in epochs, X n ≈ 1000 at 60 s 1.25 % against 0.89 % (README, *Results*,
     * "Breeding plans").
     */
    static final int MAX_BREEDING_VISITS = 200;

    private final Duration timeBudget;
    private final long candidateBudget;
    private final double temperature;
    private final long randomSeed;
    /** The state of the search, from its first slice on. */
    private Run run;

    /**
     * @param timeBudget      wall-clock budget; null to count candidates instead
     * @param candidateBudget candidate plans to try when {@code timeBudget} is null (deterministic)
     * @param temperature     starting temperature in mean nearest-neighbour hops
     */
    RuinAndRecreateSearch(Duration timeBudget, long candidateBudget, double temperature, long randomSeed) {
        this.timeBudget = timeBudget;
        this.candidateBudget = candidateBudget;
        this.temperature = temperature;
        this.randomSeed = randomSeed;
    }

    /** The search as the steps of a custom phase: its slices, in order. */
    CustomPhaseCommand<RoutingPlan>[] slices() {
        long count = timeBudget == null ? ceilDiv(candidateBudget, SLICE_CANDIDATES)
                : ceilDiv(timeBudget.toNanos(), SLICE_TIME.toNanos());
        @SuppressWarnings("unchecked")
        CustomPhaseCommand<RoutingPlan>[] slices = new CustomPhaseCommand[(int) Math.max(1, count)];
        for (int index = 0; index < slices.length; index++) {
            double end = (index + 1.0) / slices.length;
            boolean first = index == 0;
            slices[index] = scoreDirector -> runSlice(scoreDirector, first, end);
        }
        return slices;
    }

    /**
     * Where each cooling epoch ends, as shares of the budget: epochs of {@link #FIRST_EPOCH}, then twice that, and so
     * on while the time left after an epoch is more than twice the epoch; the last takes the rest. A budget of three
     * first epochs or less (a 30 s solve: every benchmark at 30 s, a job's default) is one such epoch. The first epoch
     * is then split at {@link #FIRST_EPOCH_RESTARTS} when {@code restartsFirstEpoch}: a run that cooled into a poor plan
     * starts hot again from the best one before it has spent its short budget. A candidate budget (deterministic: the CI
     * gate) cools once.
     *
     * @param restartsFirstEpoch false where a crew-balance goal counts (the Milan days): there the first epoch cools
     *                           once. The emergency day ended 0.8 % better so at a 10 s solve's 270 000 candidates (18
     *                           seeds, 13 better) and the large day the same within 0.15 % (18 seeds, 10 better); the
     *                           X instances, whose long routes the restarts were for, keep them (README, *Results*,
     *                           "No restarts on the Milan days")
     */
    static double[] epochEnds(Duration timeBudget, boolean restartsFirstEpoch) {
        if (timeBudget == null) {
            return new double[] {1};
        }
        List<Double> ends = new ArrayList<>();
        double budget = timeBudget.toNanos();
        double start = 0;
        double length = FIRST_EPOCH.toNanos();
        while (budget - start - length > 2 * length) {
            start += length;
            ends.add(start / budget);
            length *= 2;
        }
        ends.add(1.0);
        double firstEnd = ends.get(0);
        if (restartsFirstEpoch) {
            for (int i = FIRST_EPOCH_RESTARTS.length - 1; i >= 0; i--) {
                ends.add(0, FIRST_EPOCH_RESTARTS[i] * firstEnd);
            }
        }
        return ends.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether the first epoch restarts: not where a crew-balance goal counts (see {@link #epochEnds}). */
    static boolean restartsFirstEpoch(RoutingWeights weights) {
        return !weights.countsCrewBalance();
    }

    /**
     * Where each cooling ends when the search breeds plans, as shares of the budget: {@link #POOL_SIZE} coolings from
     * the construction share the first {@link #POOL_SHARE}, their best plans filling the pool; then each cooling of
     * {@link #CHILD_SHARE} starts from a child of two pool plans ({@link RouteCrossover}), and its best plan may take a
     * worse one's place (HGS's generations, with a short cooling for the child's education). On 11 X instances of n ≤
     * 200 at 600 000 candidates the plans ended 0.13 and 0.11 % above the best known against 0.20 and 0.23 % with one
     * cooling (seeds 0, 1), on R2 at 300 000 candidates 0.31 % against 0.40 % (seeds 0–3; README, *Results*,
     * "Breeding plans").
     */
    static double[] breedingEpochEnds() {
        List<Double> ends = new ArrayList<>();
        for (int cooling = 1; cooling <= POOL_SIZE; cooling++) {
            ends.add(POOL_SHARE * cooling / POOL_SIZE);
        }
        for (double end = POOL_SHARE + CHILD_SHARE; end < 1 - CHILD_SHARE / 2; end += CHILD_SHARE) {
            ends.add(end);
        }
        ends.add(1.0);
        return ends.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Whether the search breeds plans: with a wall-clock budget or one of {@link #MIN_BREEDING_CANDIDATES} or more, on
     * plans of at most {@link #MAX_BREEDING_VISITS} visits where no crew-balance goal counts (the benchmarks; a Milan
     * day's job keeps its epochs, whose first plans a planner sees early) and no depot returns are planned (see
     * {@link RouteCrossover}).
     */
    boolean breedsPlans(RoutingPlan plan) {
        return (timeBudget != null || candidateBudget >= MIN_BREEDING_CANDIDATES)
                && plan.getVisits().size() <= MAX_BREEDING_VISITS
                && !plan.getWeights().countsCrewBalance() && plan.getVisits().stream().noneMatch(Visit::isReload);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** Searches until {@code end} of the budget is spent, then makes the best plan so far the working solution. */
    private void runSlice(ScoreDirector<RoutingPlan> scoreDirector, boolean first, double end) {
        RoutingPlan plan = scoreDirector.getWorkingSolution();
        if (plan.getVisits().size() < 2) {
            return;
        }
        if (first) {
            run = new Run(plan);
        }
        while (run.spent() < end) {
            run.tryCandidate();
        }
        apply(scoreDirector, plan, run.best.routes());
    }

    /** One search from the working solution's routes: the current and the best plan, the clock, the random draws. */
    private final class Run {

        private final List<Visit> visits;
        private final Van postponed;
        private final Random random = new SearchRandom(randomSeed);
        private final StringRuin ruin;
        private final PlainListScorer scorer;
        private final double startTemperature;
        /** Null where every candidate keeps every capacity. */
        private final OverloadPenalty overloadPenalty;
        /** Null where the search does not breed plans (see {@link #breedsPlans}). */
        private final PlanPool pool;
        private final RouteCrossover crossover;
        private final double[] epochEnds;
        private int epoch;
        private final long startNanos = System.nanoTime();
        private long candidates;
        private final SearchPlan start;
        private SearchPlan current;
        private SearchPlan best;
        /** The best plan of the current epoch, which joins the pool when the epoch ends. */
        private SearchPlan epochBest;
        private double epochTemperature;

        Run(RoutingPlan plan) {
            visits = plan.getVisits();
            postponed = plan.getPostponedList();
            ruin = StringRuin.of(plan);
            scorer = new PlainListScorer(plan.getWeights());
            Map<Van, List<Visit>> routes = new LinkedHashMap<>();
            for (Van van : plan.getVans()) {
                routes.put(van, new ArrayList<>(van.getVisits()));
            }
            RouteMeasures measures = new RouteMeasures(routes.size());
            start = new SearchPlan(routes, VanOfVisit.of(routes, visits.size()), measures, scorer.score(routes, measures));
            current = start;
            best = start;
            epochBest = start;
            double softPerHop = RoutingSolverConfig.meanNearestHopSeconds(plan) * softPointsPerDrivingSecond();
            startTemperature = temperature * softPerHop;
            epochTemperature = startTemperature;
            overloadPenalty = OverloadPenalty.forSearch(plan, softPerHop);
            boolean breeds = breedsPlans(plan);
            pool = breeds ? new PlanPool(POOL_SIZE) : null;
            crossover = breeds ? new RouteCrossover(visits, postponed, ruin, scorer) : null;
            epochEnds = breeds ? breedingEpochEnds() : epochEnds(timeBudget, restartsFirstEpoch(plan.getWeights()));
        }

        /**
         * What a second of driving weighs in this plan's soft score: 1 where driving is the only soft goal; on a Milan
         * day the crew balance and convoy goals make each hop weigh more, and the temperature follows.
         */
        private double softPointsPerDrivingSecond() {
            long driving = -new PlainListScorer(RoutingWeights.drivingOnly()).score(start.routes()).softScore();
            return driving == 0 ? 1 : Math.max(1, (double) -start.score().softScore() / driving);
        }

        /** The share of the budget spent: candidates tried, or time. */
        double spent() {
            return timeBudget == null ? (double) candidates / candidateBudget
                    : (double) (System.nanoTime() - startNanos) / timeBudget.toNanos();
        }

        void tryCandidate() {
            double spent = spent();
            while (spent >= epochEnds[epoch] && epoch < epochEnds.length - 1) {
                startNextEpoch();
            }
            candidates++;
            Map<Van, List<Visit>> routes = new LinkedHashMap<>();
            current.routes().forEach((van, route) -> routes.put(van, new ArrayList<>(route)));
            VanOfVisit vanOf = current.vanOf().copy();
            RouteMeasures measures = current.measures().copy();
            ruin.ruinAndRecreate(visits, routes, vanOf, postponed, measures, random,
                    overloadPenalty == null ? 0 : overloadPenalty.softPerUnit());
            SearchPlan candidate = new SearchPlan(routes, vanOf, measures, scorer.score(routes, measures));
            double threshold = -epochTemperature * Math.pow(FINAL_TEMPERATURE_RATIO, cooled(spent)) * Math.log(1 - random.nextDouble());
            boolean accepted = overloadPenalty == null ? isAccepted(candidate.score(), current.score(), threshold)
                    : isAcceptedWithOverload(candidate.score(), current.score(), threshold);
            if (overloadPenalty != null) {
                overloadPenalty.record(candidate.score().hardScore() == 0);
            }
            if (accepted) {
                current = candidate;
                if (candidate.score().compareTo(epochBest.score()) > 0) {
                    epochBest = candidate;
                }
                // An overloaded plan never becomes the best: a broken rule scores worse than the best, feasible from
                // the construction on.
                if (candidate.score().compareTo(best.score()) > 0) {
                    best = candidate;
                }
            }
        }

        /**
         * As {@link #isAccepted}, with the overloads (the only rules a candidate can break here) priced into the soft
         * penalty instead of ruling the candidate out.
         */
        private boolean isAcceptedWithOverload(HardMediumSoftLongScore candidate, HardMediumSoftLongScore current,
                double threshold) {
            if (candidate.mediumScore() != current.mediumScore()) {
                return candidate.mediumScore() > current.mediumScore();
            }
            return -candidate.softScore() + overloadPenalty.of(candidate.hardScore())
                    < -current.softScore() + overloadPenalty.of(current.hardScore()) + threshold;
        }

        /** How far the current epoch has cooled, from 0 (its start) to 1 (its end). */
        private double cooled(double spent) {
            double start = epoch == 0 ? 0 : epochEnds[epoch - 1];
            return Math.min(1, (spent - start) / (epochEnds[epoch] - start));
        }

        /**
         * Hot again: from the best plan so far; when breeding, from the construction while the pool fills, then from a
         * child of two pool plans, cooler.
         */
        private void startNextEpoch() {
            epoch++;
            if (pool == null) {
                current = best;
            } else {
                pool.offer(epochBest);
                SearchPlan[] parents = epoch < POOL_SIZE ? null : pool.parents(random);
                current = parents == null ? start : crossover.child(parents[0], parents[1], random);
                epochTemperature = parents == null ? startTemperature : startTemperature * CHILD_TEMPERATURE;
            }
            epochBest = current;
        }
    }

    private static void apply(ScoreDirector<RoutingPlan> scoreDirector, RoutingPlan plan, Map<Van, List<Visit>> routes) {
        Map<Van, List<Visit>> changed = new LinkedHashMap<>();
        for (Van van : plan.getVans()) {
            if (!routes.get(van).equals(van.getVisits())) {
                changed.put(van, routes.get(van));
            }
        }
        if (!changed.isEmpty()) {
            new RouteRewriteMove(changed).doMoveOnly(scoreDirector);
        }
    }

    /** Better hard and medium scores always; the same ones with a soft penalty at most {@code threshold} worse. */
    private static boolean isAccepted(HardMediumSoftLongScore candidate, HardMediumSoftLongScore current, double threshold) {
        if (candidate.hardScore() != current.hardScore()) {
            return candidate.hardScore() > current.hardScore();
        }
        if (candidate.mediumScore() != current.mediumScore()) {
            return candidate.mediumScore() > current.mediumScore();
        }
        return -candidate.softScore() < -current.softScore() + threshold;
    }
}
