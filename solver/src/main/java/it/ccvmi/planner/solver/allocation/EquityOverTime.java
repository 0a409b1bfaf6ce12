package it.ccvmi.planner.solver.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Equity over time: requesters short-changed by earlier published plans get priority today.
 *
 * <h2>The rule</h2>
 * For one requester and goods type, a past day's <em>shortfall</em> is the part of its fair share it did not
 * receive, as a fraction of what it requested: {@code max(0, fairShare − delivered) / requested} (0 when nothing was
 * requested). A general shortage is not a shortfall: a requester that got its fair share was treated like everyone
 * else. Shortfalls come from rounding (a unit lost to a tie) and from deliveries the plan postponed.
 *
 * <p>The <em>carried shortfall</em> is the sum of the shortfalls of the last {@value #HORIZON_DAYS} days, halved
 * for every day of age: yesterday counts in full, the day before for one half, then one quarter, and so on. It is
 * rounded half-even to 4 decimals and always lies below 2. Today's weight becomes
 * {@code needWeight × (1 + carriedShortfall)}: a requester that received nothing of its fair share yesterday aims
 * at twice the fill ratio of the others today, until its request is covered. Getting more than the fair share
 * (winning a rounding tie) is not held against anyone.
 */
public final class EquityOverTime {

    /** Days of history that count; older plans are forgotten. */
    public static final int HORIZON_DAYS = 7;
    private static final int WORKING_SCALE = 12;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private EquityOverTime() {
    }

    /**
     * @param history one outcome per past day (any order, at most one per {@code daysAgo}); days without a request
     *                may be left out
     * @return the carried shortfall to put in today's {@link Request}
     */
    public static BigDecimal carriedShortfall(Collection<PastOutcome> history) {
        Set<Integer> days = new HashSet<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (PastOutcome day : history) {
            if (!days.add(day.daysAgo())) {
                throw new IllegalArgumentException("Two past outcomes for the same day (" + day.daysAgo()
                        + " days ago); give one per day");
            }
            if (day.daysAgo() <= HORIZON_DAYS) {
                carried = carried.add(shortfall(day).multiply(HALF.pow(day.daysAgo() - 1)));
            }
        }
        return carried.setScale(ExactArithmetic.SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal shortfall(PastOutcome day) {
        BigDecimal missing = day.fairShare().subtract(BigDecimal.valueOf(day.delivered()));
        if (day.requested() == 0 || missing.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return missing.divide(BigDecimal.valueOf(day.requested()), WORKING_SCALE, RoundingMode.HALF_EVEN);
    }
}
