package it.ccvmi.planner.solver.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FairSplitTest {

    private static final String PASTA = "Pasta e riso";

    private static List<FairAllocation> splitPasta(long stock, Request... requests) {
        return FairSplit.split(List.of(requests), Map.of(PASTA, stock));
    }

    @Test
    void shortStockGivesEveryoneTheSameFillRatio() {
        List<FairAllocation> split = splitPasta(50,
                new Request(new RequestId(1), "A", PASTA, 40),
                new Request(new RequestId(2), "B", PASTA, 24),
                new Request(new RequestId(3), "C", PASTA, 16));

        assertThat(split).extracting(FairAllocation::request)
                .containsExactly(new RequestId(1), new RequestId(2), new RequestId(3));
        assertThat(split).extracting(FairAllocation::allocated).containsExactly(25L, 15L, 10L);
        assertThat(split).extracting(FairAllocation::fillRatio).containsOnly(new BigDecimal("0.6250"));
        assertThat(split.get(0).fairShare()).isEqualByComparingTo("25");
        assertThat(split.get(0).reason())
                .isEqualTo("requested 40 units; stock covers 62.5 % of all requests for Pasta e riso; share 25.0 → 25 units");
    }

    @Test
    void enoughStockFillsEveryRequestAndKeepsTheRest() {
        List<FairAllocation> split = splitPasta(100, new Request(new RequestId(4), "A", PASTA, 40), new Request(new RequestId(5), "B", PASTA, 2));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(40L, 2L);
        assertThat(split.get(1).reason()).isEqualTo("requested 2 units; stock covers all requests for Pasta e riso → 2 units");
    }

    @Test
    void noStockGivesNothing() {
        List<FairAllocation> split = splitPasta(0, new Request(new RequestId(6), "A", PASTA, 4));

        assertThat(split.get(0).allocated()).isZero();
        assertThat(split.get(0).fillRatio()).isEqualByComparingTo("0");
    }

    @Test
    void onAPerfectTieTheEarlierRequesterIdKeepsTheRoundedUpUnit() {
        List<FairAllocation> split = splitPasta(7,
                new Request(new RequestId(7), "C", PASTA, 3),
                new Request(new RequestId(8), "B", PASTA, 3),
                new Request(new RequestId(9), "A", PASTA, 3));

        assertThat(split).extracting(FairAllocation::requesterId).containsExactly("A", "B", "C");
        assertThat(split).extracting(FairAllocation::allocated).containsExactly(3L, 2L, 2L);
        assertThat(split.get(0).fairShare()).isEqualTo(new BigDecimal("2.3333"));
        assertThat(split).extracting(a -> a.reason().substring(a.reason().indexOf("share")))
                .containsExactly("share 2.33 → 3 units (rounded up)", "share 2.33 → 2 units (rounded down)",
                        "share 2.33 → 2 units (rounded down)");
    }

    @Test
    void largestRemainderIsMeasuredAgainstTheRequest() {
        // Both shares end in .5; losing half a unit costs B (11 requested) far more fill ratio than A (101).
        List<FairAllocation> split = splitPasta(56, new Request(new RequestId(10), "A", PASTA, 101), new Request(new RequestId(11), "B", PASTA, 11));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(50L, 6L);
        assertThat(split).extracting(FairAllocation::fairShare)
                .containsExactly(new BigDecimal("50.5000"), new BigDecimal("5.5000"));
    }

    @Test
    void bigRequestGivesBackTheRoundingUnitsSoSmallOnesAreNotLeftFarBelow() {
        // Shares 50, 1.5, 1.5: rounding K2 down to 1 would leave it at 33 % while J stays at 50 %.
        List<FairAllocation> split = splitPasta(53,
                new Request(new RequestId(12), "J", PASTA, 100),
                new Request(new RequestId(13), "K1", PASTA, 3),
                new Request(new RequestId(14), "K2", PASTA, 3));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(49L, 2L, 2L);
        assertThat(split.get(0).reason()).endsWith("share 50.0 → 49 units (1 unit more to requesters with a lower fill ratio)");
        assertThat(split.get(2).reason()).endsWith("share 1.5 → 2 units (rounded up)");
    }

    @Test
    void bigRequestMayEndSeveralUnitsBelowItsShare() {
        List<Request> requests = new ArrayList<>(List.of(new Request(new RequestId(15), "J", PASTA, 101)));
        for (int k = 1; k <= 4; k++) {
            requests.add(new Request(new RequestId(16 + k), "K" + k, PASTA, 3));
        }
        List<FairAllocation> split = FairSplit.split(requests, Map.of(PASTA, 57L));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(49L, 2L, 2L, 2L, 2L);
        assertThat(split.get(0).reason()).endsWith(
                "share 50.95 → 49 units (rounded down, 1 unit more to requesters with a lower fill ratio)");
        assertThat(split.get(0).explanation().unitsGivenBack()).isEqualTo(2);
    }

    @Test
    void needWeightScalesTheFillRatio() {
        List<FairAllocation> split = splitPasta(12,
                new Request(new RequestId(17), "A", PASTA, 10, new BigDecimal("2"), BigDecimal.ZERO),
                new Request(new RequestId(18), "B", PASTA, 10));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(8L, 4L);
        assertThat(split.get(0).reason()).contains("need weight 2; share 8.0 → 8 units");
    }

    @Test
    void heavyWeightIsCappedAtTheRequestAndTheRestIsSharedByTheOthers() {
        List<FairAllocation> split = splitPasta(30,
                new Request(new RequestId(19), "A", PASTA, 10, new BigDecimal("3"), BigDecimal.ZERO),
                new Request(new RequestId(20), "B", PASTA, 10),
                new Request(new RequestId(21), "C", PASTA, 30));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(10L, 5L, 15L);
        assertThat(split.get(0).explanation().cappedAtRequest()).isTrue();
        assertThat(split.get(0).reason()).contains("share capped at request 10.0 → 10 units");
    }

    @Test
    void carriedShortfallRaisesTheWeightAndIsExplained() {
        List<FairAllocation> split = splitPasta(10,
                new Request(new RequestId(22), "A", PASTA, 10, BigDecimal.ONE, new BigDecimal("0.5")),
                new Request(new RequestId(23), "B", PASTA, 10));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(6L, 4L);
        assertThat(split.get(0).reason()).contains("weight 1.5 = need 1 × (1 + carried shortfall 0.5); share 6.0 → 6 units");
    }

    @Test
    void zeroRequestTakesNoPart() {
        List<FairAllocation> split = splitPasta(3, new Request(new RequestId(24), "A", PASTA, 0), new Request(new RequestId(25), "B", PASTA, 9));

        assertThat(split).extracting(FairAllocation::allocated).containsExactly(0L, 3L);
        assertThat(split.get(0).fillRatio()).isEqualByComparingTo("1");
        assertThat(split.get(0).reason()).isEqualTo("nothing requested");
    }

    @Test
    void goodsTypesAreSplitIndependentlyAndListedByName() {
        List<FairAllocation> split = FairSplit.split(List.of(
                new Request(new RequestId(26), "A", PASTA, 10), new Request(new RequestId(27), "A", "Bevande", 10), new Request(new RequestId(28), "B", "Bevande", 30)),
                Map.of(PASTA, 1L, "Bevande", 20L, "Formaggi e latticini", 5L));

        assertThat(split).extracting(a -> a.goodsCode() + "/" + a.requesterId() + "=" + a.allocated())
                .containsExactly("Bevande/A=5", "Bevande/B=15", PASTA + "/A=1");
    }

    @Test
    void resultDoesNotDependOnInputOrderOrOnTheScaleOfTheWeights() {
        Random random = new Random(7);
        List<Request> requests = new ArrayList<>();
        List<Request> tenfoldWeights = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            BigDecimal need = BigDecimal.valueOf(1 + random.nextInt(30), 1);
            long units = random.nextInt(80);
            requests.add(new Request(new RequestId(29), "R" + i, PASTA, units, need, BigDecimal.ZERO));
            tenfoldWeights.add(new Request(new RequestId(30), "R" + i, PASTA, units, need.multiply(BigDecimal.TEN), BigDecimal.ZERO));
        }
        List<FairAllocation> expected = FairSplit.split(requests, Map.of(PASTA, 900L));

        Collections.shuffle(requests, random);
        assertThat(FairSplit.split(requests, Map.of(PASTA, 900L))).isEqualTo(expected);
        assertThat(FairSplit.split(tenfoldWeights, Map.of(PASTA, 900L)))
                .extracting(FairAllocation::allocated)
                .isEqualTo(expected.stream().map(FairAllocation::allocated).toList());
    }
}
