package it.ccvmi.planner.solver.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Why a {@link FairAllocation} came out as it did.
 *
 * @param stockCoverage    units given out ÷ units requested for the whole goods type (1 when stock covers
 *                         every request), 4 decimals
 * @param needWeight       the request's need weight
 * @param carriedShortfall the request's carried shortfall (equity over time)
 * @param cappedAtRequest  stock was short, yet the weight lifted this share to the full request
 * @param fractionalShare  the exact fair share is not a whole number, so it had to be rounded
 * @param unitsGivenBack   units below the fair share rounded up: 0 = rounded up, 1 = rounded down (when the share
 *                         is fractional), more = units also given to requesters whose fill ratio was lower
 */
public record Explanation(BigDecimal stockCoverage, BigDecimal needWeight, BigDecimal carriedShortfall,
                          boolean cappedAtRequest, boolean fractionalShare, long unitsGivenBack) {

    String describe(FairAllocation allocation) {
        if (allocation.requested() == 0) {
            return "nothing requested";
        }
        StringBuilder text = new StringBuilder("requested ").append(allocation.requested()).append(" units; ");
        if (stockCoverage.compareTo(BigDecimal.ONE) >= 0) {
            return text.append("stock covers all requests for ").append(allocation.goodsCode())
                    .append(" → ").append(allocation.allocated()).append(" units").toString();
        }
        text.append("stock covers ").append(percent(stockCoverage)).append(" % of all requests for ")
                .append(allocation.goodsCode()).append("; ");
        appendWeight(text);
        text.append(cappedAtRequest ? "share capped at request " : "share ")
                .append(shortDecimal(allocation.fairShare())).append(" → ")
                .append(allocation.allocated()).append(" units");
        appendRounding(text);
        return text.toString();
    }

    private void appendWeight(StringBuilder text) {
        if (carriedShortfall.signum() > 0) {
            BigDecimal weight = needWeight.multiply(BigDecimal.ONE.add(carriedShortfall));
            text.append("weight ").append(plain(weight)).append(" = need ").append(plain(needWeight))
                    .append(" × (1 + carried shortfall ").append(plain(carriedShortfall)).append("); ");
        } else if (needWeight.compareTo(BigDecimal.ONE) != 0) {
            text.append("need weight ").append(plain(needWeight)).append("; ");
        }
    }

    private void appendRounding(StringBuilder text) {
        long toLowerFills = fractionalShare ? unitsGivenBack - 1 : unitsGivenBack;
        if (fractionalShare) {
            text.append(unitsGivenBack == 0 ? " (rounded up" : " (rounded down");
        }
        if (toLowerFills > 0) {
            text.append(fractionalShare ? ", " : " (").append(toLowerFills)
                    .append(toLowerFills == 1 ? " unit" : " units")
                    .append(" more to requesters with a lower fill ratio");
        }
        if (fractionalShare || toLowerFills > 0) {
            text.append(')');
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
