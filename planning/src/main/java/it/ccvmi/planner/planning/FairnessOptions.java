package it.ccvmi.planner.planning;

import it.ccvmi.planner.solver.allocation.EquityOverTime;
import it.ccvmi.planner.solver.allocation.PastOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How the fair split weighs the requesters beyond their requests.
 *
 * @param needWeights per requester (site id), its need weight; absent means the standard weight 1
 * @param history     per requester and goods type, what the published plans of the last days gave it
 *                    (equity over time, see {@link EquityOverTime})
 */
public record FairnessOptions(Map<String, BigDecimal> needWeights, Map<RequesterGoods, List<PastOutcome>> history) {

    /** Same weight for everyone, no history: allocation proportional to request. */
    public static final FairnessOptions STANDARD = new FairnessOptions(Map.of(), Map.of());

    /** A requester and one goods type it asks for. */
    public record RequesterGoods(String requesterId, String goodsCode) {
    }

    public FairnessOptions {
        needWeights = Map.copyOf(needWeights);
        history = Map.copyOf(history);
    }

    BigDecimal needWeight(String requesterId) {
        return needWeights.getOrDefault(requesterId, BigDecimal.ONE);
    }

    BigDecimal carriedShortfall(String requesterId, String goodsCode) {
        return EquityOverTime.carriedShortfall(history.getOrDefault(new RequesterGoods(requesterId, goodsCode), List.of()));
    }
}
