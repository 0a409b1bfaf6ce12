package it.ccvmi.planner.solver.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Why an {@link Allocation} came out as it did.
 *
 * @param stockCoverage    units given out ÷ units requested for the whole goods type (1 when stock covers
 *                         every request), 4 decimals
 * @param needWeight       the request's need weight
 * @param carriedShortfall the request's carried shortfall (equity over time)
 * @param cappedAtRequest  stock was short, yet the weight lifted this share to the full request
 * @param roundedUp        received the +1 of the largest-remainder step
 * @param movedUnits       units received ({@code > 0}) or given up ({@code < 0}) by the max-min rounding step
 */
public record Explanation(BigDecimal stockCoverage, BigDecimal needWeight, BigDecimal carriedShortfall,
                          boolean cappedAtRequest, boolean roundedUp, long movedUnits) {

    String describe(Allocation allocation) {
        if (allocation.requested() == 0) {
            return "nothing requested";
        }
        StringBuilder text = new StringBuilder("requested ").append(allocation.requested()).append(" units; ");
        if (stockCoverage.compareTo(BigDecimal.ONE) >= 0) {
            return text.append("stock covers all requests for ").append(allocation.goodsType())
                    .append(" → ").append(allocation.allocated()).append(" units").toString();
        }
        text.append("stock covers ").append(percent(stockCoverage)).append(" % of all requests for ")
                .append(allocation.goodsType()).append("; ");
        appendWeight(text);
        text.append(cappedAtRequest ? "share capped at request " : "share ").append(shortDecimal(allocation.fairShare()))
                .append(" → ").append(allocation.allocated()).append(" units");
        if (roundedUp) {
            text.append("; +1 from rounding (largest remainder)");
        }
        if (movedUnits > 0) {
            text.append("; +").append(movedUnits).append(" moved from requesters with a higher fill ratio (max-min rounding)");
        } else if (movedUnits < 0) {
            text.append("; −").append(-movedUnits).append(" moved to requesters with a lower fill ratio (max-min rounding)");
        }
        return text.toString();
    }

    private void appendWeight(StringBuilder text) {
        boolean standardNeed = needWeight.compareTo(BigDecimal.ONE) == 0;
        if (carriedShortfall.signum() > 0) {
            BigDecimal weight = needWeight.multiply(BigDecimal.ONE.add(carriedShortfall));
            text.append("weight ").append(plain(weight)).append(" = need ").append(plain(needWeight))
                    .append(" × (1 + carried shortfall ").append(plain(carriedShortfall)).append("); ");
        } else if (!standardNeed) {
            text.append("need weight ").append(plain(needWeight)).append("; ");
        }
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String shortDecimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (rounded.scale() < 1 ? rounded.setScale(1) : rounded).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
