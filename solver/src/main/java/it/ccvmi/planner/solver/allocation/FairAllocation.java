package it.ccvmi.planner.solver.allocation;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;

/**
 * The fair split's answer for one requester and one goods type.
 *
 * @param request     the request's id, as in its {@link Request}
 * @param requesterId the requester, as in its {@link Request}
 * @param goodsCode   the goods code, as in its {@link Request}
 * @param requested   units requested
 * @param fairShare   the exact water-filling share before rounding, shown with 4 decimals (half-even)
 * @param allocated   whole units given
 * @param fillRatio   {@code allocated ÷ requested} by the {@link FillRatio} rule
 * @param explanation the facts behind the numbers; {@link #reason()} puts them in words
 */
public record FairAllocation(RequestId request, String requesterId, String goodsCode, long requested,
                             BigDecimal fairShare, long allocated, BigDecimal fillRatio, Explanation explanation) {

    /**
     * The reason in words, e.g. {@code "requested 40 units; stock covers 62.5 % of all requests for Pasta e riso;
     * share 25.0 → 25 units"}. Rendered on demand, so a split that nobody reads costs no text.
     */
    public String reason() {
        return explanation.describe(this);
    }
}
