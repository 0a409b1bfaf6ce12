package it.ccvmi.planner.solver.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EquityOverTimeTest {

    private static final String KITS = "Kit vaccinali";

    @Test
    void shortfallIsTheMissedPartOfTheFairShareHalvedPerDayOfAge() {
        BigDecimal carried = EquityOverTime.carriedShortfall(List.of(
                new PastOutcome(1, 10, new BigDecimal("5.5"), 3),     // missed 2.5 of 10 → 0.25
                new PastOutcome(2, 10, new BigDecimal("4"), 4),       // got its share → 0
                new PastOutcome(3, 8, new BigDecimal("8"), 0),        // missed all → 1 × 1/4
                new PastOutcome(8, 8, new BigDecimal("8"), 0)));      // beyond the horizon

        assertThat(carried).isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void receivingMoreThanTheFairShareOrRequestingNothingCarriesNothing() {
        assertThat(EquityOverTime.carriedShortfall(List.of(
                new PastOutcome(1, 10, new BigDecimal("5.5"), 6), new PastOutcome(2, 0, BigDecimal.ZERO, 0))))
                .isEqualByComparingTo("0");
        assertThat(EquityOverTime.carriedShortfall(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void carriedShortfallIsRoundedHalfEvenToFourDecimals() {
        // 1/3 of a unit missed out of 1 requested, a week ago: 0.333333333333 / 64 = 0.0052083…
        assertThat(EquityOverTime.carriedShortfall(List.of(new PastOutcome(7, 3, BigDecimal.ONE, 0))))
                .isEqualTo(new BigDecimal("0.0052"));
    }

    @Test
    void twoOutcomesForTheSameDayAreRejected() {
        assertThatThrownBy(() -> EquityOverTime.carriedShortfall(List.of(
                new PastOutcome(1, 1, BigDecimal.ONE, 0), new PastOutcome(1, 1, BigDecimal.ONE, 1))))
                .hasMessage("Two past outcomes for the same day (1 days ago); give one per day");
    }

    @Test
    void invalidPastOutcomesAreRejected() {
        assertThatThrownBy(() -> new PastOutcome(0, 1, BigDecimal.ONE, 0)).hasMessageContaining("days ago must be 1 or more");
        assertThatThrownBy(() -> new PastOutcome(1, 2, new BigDecimal("2.5"), 0))
                .hasMessageContaining("fair share must be between 0 and the 2 units requested, was 2.5");
        assertThatThrownBy(() -> new PastOutcome(1, 2, BigDecimal.ONE, -1)).hasMessageContaining("delivered units");
    }

    @Test
    void aRoundingTieLostYesterdayIsWonToday() {
        // Two RSA ask for one kit each every day and only one kit is in stock: the kit alternates.
        Map<String, List<PastOutcome>> history = new HashMap<>(Map.of("RSA-1", new ArrayList<>(), "RSA-2", new ArrayList<>()));
        StringBuilder winners = new StringBuilder();
        for (int day = 0; day < 12; day++) {
            List<Request> requests = new ArrayList<>();
            history.forEach((rsa, past) ->
                    requests.add(new Request(new RequestId(rsa.endsWith("1") ? 1 : 2), rsa, KITS, 1, BigDecimal.ONE, EquityOverTime.carriedShortfall(past))));
            for (FairAllocation allocation : FairSplit.split(requests, Map.of(KITS, 1L))) {
                List<PastOutcome> past = history.get(allocation.requesterId());
                past.replaceAll(old -> new PastOutcome(old.daysAgo() + 1, old.requested(), old.fairShare(), old.delivered()));
                past.add(PastOutcome.of(allocation, allocation.allocated(), 1));
                if (allocation.allocated() == 1) {
                    winners.append(allocation.requesterId().charAt(4));
                }
            }
        }
        assertThat(winners).hasToString("121212121212");
    }

    @Test
    void aPostponedDeliveryIsMadeUpTheNextDay() {
        FairAllocation yesterday = FairSplit.split(List.of(new Request(new RequestId(2), "A", KITS, 10), new Request(new RequestId(3), "B", KITS, 10)),
                Map.of(KITS, 10L)).get(0);
        BigDecimal carried = EquityOverTime.carriedShortfall(List.of(PastOutcome.of(yesterday, 0, 1)));

        List<FairAllocation> today = FairSplit.split(List.of(
                new Request(new RequestId(4), "A", KITS, 10, BigDecimal.ONE, carried), new Request(new RequestId(5), "B", KITS, 10)), Map.of(KITS, 10L));

        assertThat(carried).isEqualTo(new BigDecimal("0.5000"));
        assertThat(today).extracting(FairAllocation::allocated).containsExactly(6L, 4L);
    }
}
