package it.ccvmi.planner.solver.routing.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Ruin-and-recreate with simulated annealing on plain lists, for plans whose only soft goal is driving (the
 * CVRPLIB and Solomon benchmarks, see {@code RoutingWeights#isDrivingOnly}): SISR's search loop. A candidate plan
 * costs one ruin, one recreate and a sum of legs, with no score director, so the search tries tens of thousands of
 * plans a second where the local search's ruin-and-recreate moves try a few thousand. The recreate keeps every load
 * and timing rule ({@link RouteFit}), so the plan stays feasible and only two numbers decide: the postponement cost
 * (never accepted worse) and the driving. The best plan found becomes the working solution; the local search then
 * polishes it with its single-visit moves.
 *
 * <p>Acceptance as in SISR: a candidate is taken when its driving is below the current one's plus
 * {@code −T·ln U} (U uniform in (0, 1]), with T cooling exponentially from {@code temperature} mean nearest-neighbour
 * hops to a hundredth of that as the budget (time or candidates) is spent.
 */
final class RuinAndRecreateSearch implements CustomPhaseCommand<RoutingPlan> {

    /** SISR cools from T0 to T0/100 over the run. */
    private static final double FINAL_TEMPERATURE_RATIO = 0.01;

    private final Duration timeBudget;
    private final long candidateBudget;
    private final double temperature;
    private final long randomSeed;

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

    @Override
    public void changeWorkingSolution(ScoreDirector<RoutingPlan> scoreDirector) {
        RoutingPlan plan = scoreDirector.getWorkingSolution();
        List<Visit> visits = plan.getVisits();
        if (visits.size() < 2) {
            return;
        }
        Random random = new Random(randomSeed);
        StringRuin ruin = StringRuin.of(visits);
        Van postponed = plan.getPostponedList();
        Map<Van, List<Visit>> current = new LinkedHashMap<>();
        Map<Visit, Van> currentVanOf = new HashMap<>();
        for (Van van : plan.getVans()) {
            current.put(van, new ArrayList<>(van.getVisits()));
            for (Visit visit : van.getVisits()) {
                currentVanOf.put(visit, van);
            }
        }
        Cost currentCost = Cost.of(current);
        Map<Van, List<Visit>> best = current;
        Cost bestCost = currentCost;
        double startTemperature = temperature * RoutingSolverConfig.meanNearestHopSeconds(plan);
        long start = System.nanoTime();
        for (long candidates = 0; ; candidates++) {
            double spent = timeBudget == null ? (double) candidates / candidateBudget
                    : (double) (System.nanoTime() - start) / timeBudget.toNanos();
            if (spent >= 1) {
                break;
            }
            Map<Van, List<Visit>> candidate = new LinkedHashMap<>();
            current.forEach((van, route) -> candidate.put(van, new ArrayList<>(route)));
            Map<Visit, Van> vanOf = new HashMap<>(currentVanOf);
            ruin.ruinAndRecreate(visits, candidate, vanOf, postponed, random);
            Cost cost = Cost.of(candidate);
            double threshold = -startTemperature * Math.pow(FINAL_TEMPERATURE_RATIO, spent) * Math.log(1 - random.nextDouble());
            if (cost.postponement < currentCost.postponement
                    || cost.postponement == currentCost.postponement && cost.driving < currentCost.driving + threshold) {
                current = candidate;
                currentVanOf = vanOf;
                currentCost = cost;
                if (cost.isBetterThan(bestCost)) {
                    best = candidate; // never changed afterwards: each candidate is a fresh copy
                    bestCost = cost;
                }
            }
        }
        apply(scoreDirector, plan, best);
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

    /** The two parts of the score this search can change: postponement cost (medium) and driving seconds (soft). */
    private record Cost(long postponement, long driving) {

        static Cost of(Map<Van, List<Visit>> routes) {
            long postponement = 0;
            long driving = 0;
            for (Map.Entry<Van, List<Visit>> entry : routes.entrySet()) {
                Van van = entry.getKey();
                List<Visit> route = entry.getValue();
                if (van.isPostponedList()) {
                    for (Visit visit : route) {
                        postponement += visit.isReload() ? 0 : visit.getPostponementCost();
                    }
                } else if (!route.isEmpty()) {
                    Location previous = van.getDepot();
                    for (Visit visit : route) {
                        driving += previous.secondsTo(visit.getLocation());
                        previous = visit.getLocation();
                    }
                    driving += previous.secondsTo(van.getDepot());
                }
            }
            return new Cost(postponement, driving);
        }

        boolean isBetterThan(Cost other) {
            return postponement < other.postponement || postponement == other.postponement && driving < other.driving;
        }
    }
}
