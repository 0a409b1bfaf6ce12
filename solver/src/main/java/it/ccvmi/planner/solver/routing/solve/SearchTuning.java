package it.ccvmi.planner.solver.routing.solve;

import it.ccvmi.planner.solver.routing.model.RoutingWeights;

/**
 * Knobs of the search, with the values measured best on the benchmark sets (see the quality runner).
 *
 * @param lateAcceptanceSize      plans without times: how many steps back a candidate's score is compared with
 * @param temperature             the starting temperature, in mean nearest-neighbour hops, of the local search's
 *                                simulated annealing (plans with times; see {@code RoutingSolverConfig.startingTemperature})
 * @param nearbySize              how many nearest stops the nearby moves draw from
 * @param ruinAndRecreateWeight   relative frequency of ruin-and-recreate among the moves (the other three
 *                                moves have weight 1 each); 0 switches it off
 * @param plainListTemperature    the starting temperature, in mean nearest-neighbour hops, of the search on plain
 *                                lists (every plan but a re-plan; see {@code RuinAndRecreateSearch}) where driving is
 *                                the only soft goal (the benchmarks): 8 measured better than 3 and as good as 15 on X
 *                                and Solomon
 * @param crewBalanceTemperature  the same where a crew-balance goal counts (the Milan days): 12 measured better than 8
 *                                on the large day (0.5 %) and a little on the emergency day (0.2 %; README,
 *                                *Results*, "A hotter search on the Milan days")
 */
public record SearchTuning(int lateAcceptanceSize, double temperature, int nearbySize, double ruinAndRecreateWeight,
        double plainListTemperature, double crewBalanceTemperature) {

    public static final SearchTuning DEFAULT = new SearchTuning(200, 3.0, 40, 2.0, 8.0, 12.0);

    public SearchTuning {
        if (lateAcceptanceSize < 1 || !(temperature > 0) || nearbySize < 1 || ruinAndRecreateWeight < 0
                || !(plainListTemperature > 0) || !(crewBalanceTemperature > 0)) {
            throw new IllegalArgumentException("Invalid search tuning " + lateAcceptanceSize + "/" + temperature + "/"
                    + nearbySize + "/" + ruinAndRecreateWeight + "/" + plainListTemperature + "/" + crewBalanceTemperature);
        }
    }

    /** The starting temperature of the search on plain lists for a plan scored with these weights. */
    public double plainListTemperatureFor(RoutingWeights weights) {
        return weights.countsCrewBalance() ? crewBalanceTemperature : plainListTemperature;
    }

    /** The same tuning with another starting temperature of the search on plain lists where crew balance counts. */
    public SearchTuning withCrewBalanceTemperature(double hops) {
        return new SearchTuning(lateAcceptanceSize, temperature, nearbySize, ruinAndRecreateWeight, plainListTemperature,
                hops);
    }

    /** The same tuning without ruin-and-recreate among the local search's moves. */
    public SearchTuning withoutRuinAndRecreateMoves() {
        return new SearchTuning(lateAcceptanceSize, temperature, nearbySize, 0, plainListTemperature,
                crewBalanceTemperature);
    }
}
