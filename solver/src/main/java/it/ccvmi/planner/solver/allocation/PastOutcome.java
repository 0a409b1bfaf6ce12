package it.ccvmi.planner.solver.allocation;

import java.math.BigDecimal;

/**
 * What one published plan gave one requester for one goods type, the input of {@link EquityOverTime}.
 *
 * @param daysAgo   1 for yesterday's plan, 2 for the day before, …
 * @param requested units requested that day
 * @param fairShare that day's fair share before rounding ({@link FairAllocation#fairShare()})
 * @param delivered units the published plan actually put on a van for this requester (less than allocated when
 *                  a delivery was postponed)
 */
public record PastOutcome(int daysAgo, long requested, BigDecimal fairShare, long delivered) {

    public PastOutcome {
        require(daysAgo >= 1, "days ago must be 1 or more, was " + daysAgo);
        require(requested >= 0, "requested units must be 0 or more, was " + requested);
        require(fairShare != null && fairShare.signum() >= 0 && fairShare.compareTo(BigDecimal.valueOf(requested)) <= 0,
                "fair share must be between 0 and the " + requested + " units requested, was " + fairShare);
        require(delivered >= 0, "delivered units must be 0 or more, was " + delivered);
    }

    /** The outcome of a published allocation, {@code daysAgo} days back, of which {@code delivered} units left. */
    public static PastOutcome of(FairAllocation published, long delivered, int daysAgo) {
        return new PastOutcome(daysAgo, published.requested(), published.fairShare(), delivered);
    }

    private static void require(boolean valid, String problem) {
        if (!valid) {
            throw new IllegalArgumentException("Invalid past outcome: " + problem);
        }
    }
}
