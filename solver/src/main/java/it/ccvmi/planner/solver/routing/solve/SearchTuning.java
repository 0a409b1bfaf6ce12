package it.ccvmi.planner.solver.routing.solve;

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
 *                                lists (every plan but a re-plan; see {@code RuinAndRecreateSearch}): 8 measured
 *                                better than 3 and as good as 15 on X, Solomon and the Milan emergency day
 */
public record SearchTuning(int lateAcceptanceSize, double temperature, int nearbySize, double ruinAndRecreateWeight,
        double plainListTemperature) {

    public static final SearchTuning DEFAULT = new SearchTuning(200, 3.0, 40, 2.0, 8.0);

    public SearchTuning {
        if (lateAcceptanceSize < 1 || !(temperature > 0) || nearbySize < 1 || ruinAndRecreateWeight < 0
                || !(plainListTemperature > 0)) {
            throw new IllegalArgumentException("Invalid search tuning " + lateAcceptanceSize + "/" + temperature + "/"
                    + nearbySize + "/" + ruinAndRecreateWeight + "/" + plainListTemperature);
        }
    }

    /** The same tuning without ruin-and-recreate among the local search's moves. */
    public SearchTuning withoutRuinAndRecreateMoves() {
        return new SearchTuning(lateAcceptanceSize, temperature, nearbySize, 0, plainListTemperature);
    }
}
