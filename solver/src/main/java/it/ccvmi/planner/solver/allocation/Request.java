package it.ccvmi.planner.solver.allocation;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one requester (a comune's COC, an ATS hub, an RSA) asked for one goods type on the planning day.
 *
 * @param request          the request's id, carried to its {@link FairAllocation} so the answer needs no lookup
 * @param requesterId      stable key of the requester (e.g. {@code COC/015146/COC Milano}: kind, comune ISTAT code,
 *                         name); also the final tie-break of the rounding
 * @param goodsCode        the goods code (e.g. {@code PASTA_RISO}); the split is done per goods code
 * @param requestedUnits   whole units requested (cases, kits), {@code ≥ 0}
 * @param needWeight       multiplies this requester's target fill ratio, {@code > 0}; {@code 1} is the standard.
 *                         Only ratios between weights matter (doubling every weight changes nothing).
 * @param carriedShortfall equity over time: fill-ratio points this requester was short-changed on previous days,
 *                         {@code ≥ 0}, as computed by {@link EquityOverTime#carriedShortfall}
 */
public record Request(RequestId request, String requesterId, String goodsCode, long requestedUnits, BigDecimal needWeight,
                      BigDecimal carriedShortfall) {

    /** Largest request accepted: far above any real day, and it keeps the exact arithmetic within 64 bits. */
    public static final long MAX_REQUESTED_UNITS = 1_000_000_000L;

    public Request {
        require(request != null, "request id is missing", requesterId, goodsCode);
        require(requesterId != null && !requesterId.isBlank(), "requester id is missing", requesterId, goodsCode);
        require(goodsCode != null && !goodsCode.isBlank(), "goods type is missing", requesterId, goodsCode);
        require(requestedUnits >= 0 && requestedUnits <= MAX_REQUESTED_UNITS,
                "requested units must be between 0 and " + MAX_REQUESTED_UNITS + ", was " + requestedUnits,
                requesterId, goodsCode);
        require(needWeight != null && needWeight.signum() > 0,
                "need weight must be greater than 0, was " + needWeight, requesterId, goodsCode);
        require(carriedShortfall != null && carriedShortfall.signum() >= 0,
                "carried shortfall must be 0 or more, was " + carriedShortfall, requesterId, goodsCode);
    }

    /** A request with the standard need weight 1 and nothing carried over from previous days. */
    public Request(RequestId request, String requesterId, String goodsCode, long requestedUnits) {
        this(request, requesterId, goodsCode, requestedUnits, BigDecimal.ONE, BigDecimal.ZERO);
    }

    /** The weight used by the split: {@code needWeight × (1 + carriedShortfall)}. */
    public BigDecimal weight() {
        return carriedShortfall.signum() == 0 ? needWeight : needWeight.multiply(BigDecimal.ONE.add(carriedShortfall));
    }

    private static void require(boolean valid, String problem, String requesterId, String goodsCode) {
        if (!valid) {
            throw new IllegalArgumentException("Invalid request (requester " + quoted(requesterId) + ", goods type "
                    + quoted(goodsCode) + "): " + problem);
        }
    }

    private static String quoted(String value) {
        return Objects.isNull(value) ? "<missing>" : "'" + value + "'";
    }
}
