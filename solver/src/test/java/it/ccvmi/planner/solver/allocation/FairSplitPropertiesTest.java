package it.ccvmi.planner.solver.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random days, checked by an independent referee that works on BigDecimal levels
 * {@code allocated / (weight × requested)} rather than on the split's own integer machinery.
 */
class FairSplitPropertiesTest {

    private static final List<String> GOODS_TYPES = List.of("Bevande", "Pasta e riso", "Frutta e verdura");
    private static final List<BigDecimal> NEED_WEIGHTS = List.of(
            BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("1.25"), new BigDecimal("2"), new BigDecimal("3.7"));
    private static final BigDecimal HALF_OF_LAST_DECIMAL = new BigDecimal("0.00005");

    @Test
    void mediumDaysConserveTotalsRespectCapsAndAreMaxMinOptimalPairByPair() {
        forEachDay(4_000, 40, 300, day -> {
            day.assertTotalsAndCaps();
            day.assertNoTransferRaisesTheLowerLevelOfItsPair();
            day.assertFairSharesAreWaterFilling();
        });
    }

    @Test
    void smallDaysNoSingleTransferRaisesTheLowestLevelByBruteForce() {
        forEachDay(3_000, 12, 60, day -> {
            day.assertTotalsAndCaps();
            day.assertNoTransferRaisesTheLowestLevel();
        });
    }

    @Test
    void tinyDaysReachTheBestLowestLevelOfAllIntegerAllocations() {
        forEachDay(2_000, 4, 6, day -> {
            day.assertTotalsAndCaps();
            day.assertLowestLevelIsTheBestPossible();
        });
    }

    @Test
    void hugeRequestsAndFineWeightsStayExactBeyond64BitProducts() {
        forEachDay(1_000, 15, 1_000_000_000, day -> {
            day.assertTotalsAndCaps();
            day.assertNoTransferRaisesTheLowerLevelOfItsPair();
            day.assertFairSharesAreWaterFilling();
        });
    }

    private static void forEachDay(int days, int maxRequesters, int maxUnits, Consumer<GoodsDay> checks) {
        for (int seed = 1; seed <= days; seed++) {
            Random random = new Random(seed);
            boolean weighted = random.nextBoolean();
            List<Request> requests = new ArrayList<>();
            Map<String, Long> stock = new HashMap<>();
            for (String goodsCode : GOODS_TYPES) {
                int requesters = 1 + random.nextInt(maxRequesters);
                long total = 0;
                for (int i = 0; i < requesters; i++) {
                    long units = randomUnits(random, maxUnits);
                    total += units;
                    requests.add(weighted
                            ? new Request(new RequestId(i), "R" + i, goodsCode, units, randomNeedWeight(random, maxUnits),
                                    random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(20_000), 4))
                            : new Request(new RequestId(i), "R" + i, goodsCode, units));
                }
                stock.put(goodsCode, (long) (random.nextDouble() * 1.2 * total));
            }
            Map<String, List<FairAllocation>> byGoodsType = new HashMap<>();
            FairSplit.split(requests, stock).forEach(a -> byGoodsType.computeIfAbsent(a.goodsCode(), g -> new ArrayList<>()).add(a));
            for (String goodsCode : GOODS_TYPES) {
                List<Request> goodsRequests = requests.stream().filter(r -> r.goodsCode().equals(goodsCode)).toList();
                checks.accept(new GoodsDay("seed " + seed + ", " + goodsCode, goodsRequests, byGoodsType.get(goodsCode),
                        stock.get(goodsCode)));
            }
        }
    }

    /** Round weights for ordinary days; three decimals for days with huge requests, to push products past 64 bits. */
    private static BigDecimal randomNeedWeight(Random random, int maxUnits) {
        return maxUnits > 1_000_000
                ? BigDecimal.valueOf(1 + random.nextInt(9_999), 3)
                : NEED_WEIGHTS.get(random.nextInt(NEED_WEIGHTS.size()));
    }

    private static long randomUnits(Random random, int maxUnits) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return 0;
        }
        return 1 + random.nextInt(kind < 7 ? Math.min(30, maxUnits) : maxUnits);
    }

    /** One goods type of one random day, with the referee's checks. Index {@code i} is the same request everywhere. */
    private static final class GoodsDay {
        private final String label;
        private final long stock;
        private final long[] requested;
        private final long[] allocated;
        private final BigDecimal[] claim;
        private final BigDecimal[] fairShare;

        GoodsDay(String label, List<Request> requests, List<FairAllocation> allocations, long stock) {
            this.label = label;
            this.stock = stock;
            int n = requests.size();
            assertThat(allocations).as(label).hasSize(n);
            requested = new long[n];
            allocated = new long[n];
            claim = new BigDecimal[n];
            fairShare = new BigDecimal[n];
            Map<String, FairAllocation> byRequester = new HashMap<>();
            allocations.forEach(a -> byRequester.put(a.requesterId(), a));
            for (int i = 0; i < n; i++) {
                Request request = requests.get(i);
                FairAllocation allocation = byRequester.get(request.requesterId());
                requested[i] = request.requestedUnits();
                allocated[i] = allocation.allocated();
                claim[i] = request.weight().multiply(BigDecimal.valueOf(requested[i]));
                fairShare[i] = allocation.fairShare();
            }
        }

        void assertTotalsAndCaps() {
            long totalRequested = 0;
            long totalAllocated = 0;
            for (int i = 0; i < requested.length; i++) {
                assertThat(allocated[i]).as(label + ", request " + i).isBetween(0L, requested[i]);
                totalRequested += requested[i];
                totalAllocated += allocated[i];
            }
            assertThat(totalAllocated).as(label + ": total given out").isEqualTo(Math.min(stock, totalRequested));
        }

        void assertNoTransferRaisesTheLowerLevelOfItsPair() {
            for (int j = 0; j < requested.length; j++) {
                for (int k = 0; k < requested.length; k++) {
                    if (j != k && canGive(j) && canTake(k)) {
                        if (compareLevels(allocated[j] - 1, j, allocated[k], k) > 0) {
                            fail(label + ": moving a unit from " + j + " to " + k + " raises the lower level");
                        }
                    }
                }
            }
        }

        void assertNoTransferRaisesTheLowestLevel() {
            int lowest = lowestLevelIndex(allocated);
            for (int j = 0; j < requested.length; j++) {
                for (int k = 0; k < requested.length; k++) {
                    if (j != k && canGive(j) && canTake(k)) {
                        long[] moved = allocated.clone();
                        moved[j]--;
                        moved[k]++;
                        int newLowest = lowestLevelIndex(moved);
                        if (compareLevels(moved[newLowest], newLowest, allocated[lowest], lowest) > 0) {
                            fail(label + ": moving a unit from " + j + " to " + k + " raises the lowest level");
                        }
                    }
                }
            }
        }

        void assertLowestLevelIsTheBestPossible() {
            long toGive = Math.min(stock, sum(requested));
            long[] best = bestLowestLevel(new long[requested.length], 0, toGive, null);
            if (best != null && sum(requested) > 0) {
                int ours = lowestLevelIndex(allocated);
                int theirs = lowestLevelIndex(best);
                assertThat(compareLevels(allocated[ours], ours, best[theirs], theirs))
                        .as(label + ": lowest level is below the best integer allocation's").isEqualTo(0);
            }
        }

        /** Exact shares: within 4-decimal rounding, every uncapped share sits at one level and no capped one above it. */
        void assertFairSharesAreWaterFilling() {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < requested.length; i++) {
                sum = sum.add(fairShare[i]);
                assertThat(fairShare[i]).as(label).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(requested[i]));
            }
            BigDecimal tolerance = HALF_OF_LAST_DECIMAL.multiply(BigDecimal.valueOf(requested.length));
            assertThat(sum.subtract(BigDecimal.valueOf(Math.min(stock, sum(requested)))).abs()).as(label + ": Σ shares")
                    .isLessThanOrEqualTo(tolerance);
            for (int i = 0; i < requested.length; i++) {
                for (int k = 0; k < requested.length; k++) {
                    if (requested[i] > 0 && requested[k] > 0 && isBelowRequest(k)) {
                        // fairShare_i / claim_i ≤ fairShare_k / claim_k, with equality when i is below its request too
                        BigDecimal difference = fairShare[i].multiply(claim[k]).subtract(fairShare[k].multiply(claim[i]));
                        BigDecimal slack = HALF_OF_LAST_DECIMAL.multiply(claim[i].add(claim[k]));
                        BigDecimal allowed = isBelowRequest(i) ? difference.abs() : difference;
                        if (allowed.compareTo(slack) > 0) {
                            fail(label + ": share levels of " + i + " and " + k + " differ by " + difference);
                        }
                    }
                }
            }
        }

        private boolean isBelowRequest(int i) {
            return fairShare[i].compareTo(BigDecimal.valueOf(requested[i])) < 0;
        }

        /** Depth-first over every integer allocation; returns one with the highest lowest level. */
        private long[] bestLowestLevel(long[] partial, int index, long left, long[] best) {
            if (index == partial.length) {
                if (left != 0) {
                    return best;
                }
                if (best == null) {
                    return partial.clone();
                }
                int candidate = lowestLevelIndex(partial);
                int incumbent = lowestLevelIndex(best);
                return compareLevels(partial[candidate], candidate, best[incumbent], incumbent) > 0 ? partial.clone() : best;
            }
            for (long units = 0; units <= Math.min(requested[index], left); units++) {
                partial[index] = units;
                best = bestLowestLevel(partial, index + 1, left - units, best);
            }
            partial[index] = 0;
            return best;
        }

        private int lowestLevelIndex(long[] units) {
            int lowest = -1;
            for (int i = 0; i < units.length; i++) {
                if (requested[i] > 0 && (lowest < 0 || compareLevels(units[i], i, units[lowest], lowest) < 0)) {
                    lowest = i;
                }
            }
            return lowest;
        }

        /** Compares {@code unitsI / claim_i} with {@code unitsK / claim_k}. */
        private int compareLevels(long unitsI, int i, long unitsK, int k) {
            return BigDecimal.valueOf(unitsI).multiply(claim[k]).compareTo(BigDecimal.valueOf(unitsK).multiply(claim[i]));
        }

        private boolean canGive(int i) {
            return requested[i] > 0 && allocated[i] > 0;
        }

        private boolean canTake(int i) {
            return allocated[i] < requested[i];
        }

        private static long sum(long[] values) {
            long total = 0;
            for (long value : values) {
                total += value;
            }
            return total;
        }
    }
}
