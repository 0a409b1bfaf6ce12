package it.ccvmi.planner.solver.allocation;

import static it.ccvmi.planner.solver.allocation.ExactArithmetic.compareProducts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The fair split of one goods type on one day; the rule is documented on {@link FairSplit}.
 *
 * <p>All quantities are integers: request {@code r[i]}, the weight scaled to an integer {@code m[i]} and the
 * claim {@code c[i] = m[i]·r[i]}. A requester holding {@code a} units is at fill level {@code a / c[i]}, and
 * levels are compared by cross-multiplication, never by division.
 */
final class GoodsTypeSplit {

    private static final BigDecimal FULL = BigDecimal.ONE.setScale(ExactArithmetic.SCALE);
    private static final long[] POWERS_OF_TEN = LongStream.iterate(1, p -> p * 10).limit(19).toArray();

    private final String goodsCode;
    private final List<Request> requests;
    private final int size;
    private final long[] requested;
    private final long[] weight;
    private final long[] claim;
    private final long totalRequested;
    private final long totalClaim;
    private final long toGive;

    private final boolean[] capped;
    /** Exact share = {@code shareWhole + shareRemainder / levelClaim}. */
    private final long[] shareWhole;
    private final long[] shareRemainder;
    private final long[] allocated;
    /** Water level {@code λ = levelUnits / levelClaim}: an uncapped requester's exact share is {@code λ·c[i]}. */
    private long levelUnits;
    private long levelClaim;

    /** @param requests the goods type's requests, sorted by requester id (the order breaks the last ties) */
    GoodsTypeSplit(String goodsCode, List<Request> requests, long stock) {
        this.goodsCode = goodsCode;
        this.requests = requests;
        this.size = requests.size();
        this.requested = new long[size];
        this.weight = scaledWeights(requests, goodsCode);
        this.claim = new long[size];
        long unitsSum = 0;
        long claimSum = 0;
        try {
            for (int i = 0; i < size; i++) {
                requested[i] = requests.get(i).requestedUnits();
                claim[i] = Math.multiplyExact(weight[i], requested[i]);
                unitsSum = Math.addExact(unitsSum, requested[i]);
                claimSum = Math.addExact(claimSum, claim[i]);
            }
        } catch (ArithmeticException overflow) {
            throw tooLarge(goodsCode);
        }
        this.totalRequested = unitsSum;
        this.totalClaim = claimSum;
        this.toGive = Math.min(stock, unitsSum);
        this.capped = new boolean[size];
        for (int i = 0; i < size; i++) {
            capped[i] = requested[i] == 0;
        }
        this.shareWhole = new long[size];
        this.shareRemainder = new long[size];
        this.allocated = new long[size];
    }

    List<FairAllocation> split() {
        raiseWaterLevel();
        roundSharesUp();
        takeBackSurplus(sum(allocated) - toGive);
        return allocations();
    }

    /**
     * Water-filling: the level rises until the stock is used up; a requester whose share would pass its request is
     * capped there, at {@code λ·m·r ≥ r ⇔ m·λ ≥ 1}. Capping hands out less than the proportional share, so the level
     * of the others only rises: repeat until no new requester reaches its request (one pass per distinct weight at
     * most, usually one or two).
     */
    private void raiseWaterLevel() {
        long units = toGive;
        long claims = totalClaim;
        boolean newlyCapped = true;
        while (newlyCapped && claims > 0) {
            newlyCapped = false;
            long levelUnitsThisPass = units;
            long levelClaimThisPass = claims;
            for (int i = 0; i < size; i++) {
                if (!capped[i] && compareProducts(weight[i], levelUnitsThisPass, levelClaimThisPass, 1) >= 0) {
                    capped[i] = true;
                    newlyCapped = true;
                    units -= requested[i];
                    claims -= claim[i];
                }
            }
        }
        levelUnits = units;
        levelClaim = claims;
    }

    private void roundSharesUp() {
        for (int i = 0; i < size; i++) {
            if (capped[i]) {
                shareWhole[i] = requested[i];
            } else {
                shareWhole[i] = ExactArithmetic.floorMulDiv(levelUnits, claim[i], levelClaim);
                shareRemainder[i] = ExactArithmetic.remainder(levelUnits, claim[i], levelClaim, shareWhole[i]);
            }
            allocated[i] = roundedUpShare(i);
        }
    }

    /**
     * Rounding every share up hands out a few units too many (fewer than there are requesters); they are taken back
     * one at a time from the requester whose level stays highest after giving one back. Ties: the smaller fractional
     * share gives back first, then the later requester id. With equal requests and weights this is exactly the
     * largest-remainder method; when requests differ, the big ones give back first, because one unit costs them the
     * least fill ratio. That is what keeps the whole-unit result max-min optimal.
     */
    private void takeBackSurplus(long surplus) {
        if (surplus == 0) {
            return;
        }
        IndexHeap givers = new IndexHeap(size, this::givesBackFirst);
        for (int i = 0; i < size; i++) {
            if (allocated[i] > 0) {
                givers.add(i);
            }
        }
        for (long unit = 0; unit < surplus; unit++) {
            int giver = givers.removeFirst();
            allocated[giver]--;
            if (allocated[giver] > 0) {
                givers.add(giver);
            }
        }
    }

    /** Negative when {@code i} gives back before {@code k}; see {@link #takeBackSurplus}. */
    private int givesBackFirst(int i, int k) {
        int byLevelAfterGiving = compareProducts(allocated[k] - 1, claim[i], allocated[i] - 1, claim[k]);
        if (byLevelAfterGiving != 0) {
            return byLevelAfterGiving;
        }
        int byFraction = Long.compare(shareRemainder[i], shareRemainder[k]);
        return byFraction != 0 ? byFraction : Integer.compare(k, i);
    }

    private List<FairAllocation> allocations() {
        BigDecimal coverage = totalRequested == 0 ? FULL : ExactArithmetic.ratio(toGive, totalRequested);
        boolean stockShort = toGive < totalRequested;
        List<FairAllocation> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Request request = requests.get(i);
            BigDecimal fairShare = capped[i]
                    ? ExactArithmetic.decimal(shareWhole[i], 0, 1)
                    : ExactArithmetic.decimal(shareWhole[i], shareRemainder[i], levelClaim);
            BigDecimal fillRatio = FillRatio.of(allocated[i], requested[i]);
            Explanation why = new Explanation(coverage, request.needWeight(), request.carriedShortfall(),
                    stockShort && capped[i], shareRemainder[i] > 0, roundedUpShare(i) - allocated[i]);
            result.add(new FairAllocation(request.request(), request.requesterId(), goodsCode, requested[i], fairShare, allocated[i],
                    fillRatio, why));
        }
        return result;
    }

    private long roundedUpShare(int i) {
        return shareRemainder[i] > 0 ? shareWhole[i] + 1 : shareWhole[i];
    }

    /** Every weight times the same power of ten, so that all become whole numbers. */
    private static long[] scaledWeights(List<Request> requests, String goodsCode) {
        BigDecimal[] weights = new BigDecimal[requests.size()];
        int scale = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal weight = requests.get(i).weight();
            weights[i] = weight.scale() < 0 ? weight.setScale(0) : weight;
            scale = Math.max(scale, weights[i].scale());
        }
        if (scale >= POWERS_OF_TEN.length) {
            throw tooLarge(goodsCode);
        }
        long[] scaled = new long[weights.length];
        try {
            for (int i = 0; i < weights.length; i++) {
                long unscaled = weights[i].movePointRight(weights[i].scale()).longValueExact(); // no BigInteger
                scaled[i] = Math.multiplyExact(unscaled, POWERS_OF_TEN[scale - weights[i].scale()]);
            }
        } catch (ArithmeticException overflow) {
            throw tooLarge(goodsCode);
        }
        return scaled;
    }

    private static IllegalArgumentException tooLarge(String goodsCode) {
        return new IllegalArgumentException("Goods type '" + goodsCode + "': weights × requested units exceed the"
                + " exact 64-bit range; give the need weights fewer decimals or smaller values");
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
