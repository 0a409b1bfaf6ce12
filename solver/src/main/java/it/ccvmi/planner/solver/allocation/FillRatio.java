package it.ccvmi.planner.solver.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one fill-ratio rule, for units and kilograms alike: {@code allocated ÷ requested} from the exact values,
 * {@value #SCALE} decimals, half-even; 1 when nothing was requested. The fair split, the version document, the
 * stored result and the map layers all show it, so a map and its version document never disagree.
 */
public final class FillRatio {

    public static final int SCALE = ExactArithmetic.SCALE;
    private static final BigDecimal FULL = BigDecimal.ONE.setScale(SCALE);

    private FillRatio() {
    }

    public static BigDecimal of(long allocated, long requested) {
        return requested == 0 ? FULL : ExactArithmetic.ratio(allocated, requested);
    }

    public static BigDecimal of(BigDecimal allocated, BigDecimal requested) {
        return requested.signum() == 0 ? FULL : allocated.divide(requested, SCALE, RoundingMode.HALF_EVEN);
    }
}
