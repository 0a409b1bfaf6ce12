package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.solver.allocation.EquityOverTime;
import it.ccvmi.planner.solver.allocation.PastOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How the fair split weighs the requesters beyond their requests.
 *
 * @param needWeights per site, its need weight; absent means the standard weight 1
 * @param history     per site and goods type, what the published plans of the last days gave it
 *                    (equity over time, see {@link EquityOverTime})
 */
public record FairnessOptions(Map<SiteId, BigDecimal> needWeights, Map<RequesterGoods, List<PastOutcome>> history) {

    /** Same weight for everyone, no history: allocation proportional to request. */
    public static final FairnessOptions STANDARD = new FairnessOptions(Map.of(), Map.of());

    /** A requesting site and one goods type it asks for. */
    public record RequesterGoods(SiteId site, String goodsCode) {
    }

    public FairnessOptions {
        needWeights = Map.copyOf(needWeights);
        history = Map.copyOf(history);
    }

    BigDecimal needWeight(SiteId site) {
        return needWeights.getOrDefault(site, BigDecimal.ONE);
    }

    BigDecimal carriedShortfall(SiteId site, String goodsCode) {
        return EquityOverTime.carriedShortfall(history.getOrDefault(new RequesterGoods(site, goodsCode), List.of()));
    }
}
