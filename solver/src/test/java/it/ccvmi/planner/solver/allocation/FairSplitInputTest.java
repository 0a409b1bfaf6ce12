package it.ccvmi.planner.solver.allocation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairSplitInputTest {

    private static final String PASTA = "Pasta e riso";

    @Test
    void negativeRequestIsRejectedNamingRequesterAndGoodsType() {
        assertThatThrownBy(() -> new Request(new RequestId(1), "015146", PASTA, -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid request (requester '015146', goods type 'Pasta e riso'): "
                        + "requested units must be between 0 and 1000000000, was -3");
    }

    @Test
    void absurdlyLargeRequestIsRejected() {
        assertThatThrownBy(() -> new Request(new RequestId(2), "A", PASTA, Request.MAX_REQUESTED_UNITS + 1))
                .hasMessageContaining("requested units must be between 0 and 1000000000");
    }

    @Test
    void missingIdsAreRejected() {
        assertThatThrownBy(() -> new Request(new RequestId(3), " ", PASTA, 1)).hasMessageContaining("requester id is missing");
        assertThatThrownBy(() -> new Request(new RequestId(4), "A", null, 1)).hasMessageContaining("goods type <missing>");
        assertThatThrownBy(() -> new Request(null, "A", PASTA, 1)).hasMessageContaining("request id is missing");
    }

    @Test
    void weightMustBePositiveAndShortfallNotNegative() {
        assertThatThrownBy(() -> new Request(new RequestId(5), "A", PASTA, 1, BigDecimal.ZERO, BigDecimal.ZERO))
                .hasMessageContaining("need weight must be greater than 0, was 0");
        assertThatThrownBy(() -> new Request(new RequestId(6), "A", PASTA, 1, BigDecimal.ONE, new BigDecimal("-0.1")))
                .hasMessageContaining("carried shortfall must be 0 or more, was -0.1");
    }

    @Test
    void duplicateRequestIsRejected() {
        assertThatThrownBy(() -> FairSplit.split(List.of(
                new Request(new RequestId(7), "A", PASTA, 1), new Request(new RequestId(8), "B", PASTA, 1), new Request(new RequestId(9), "A", PASTA, 2)), Map.of(PASTA, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Duplicate request: requester 'A' asks for goods type 'Pasta e riso' more than once");
    }

    @Test
    void sameRequesterMayAskForDifferentGoodsTypes() {
        FairSplit.split(List.of(new Request(new RequestId(10), "A", PASTA, 1), new Request(new RequestId(11), "A", "Bevande", 1)),
                Map.of(PASTA, 1L, "Bevande", 1L));
    }

    @Test
    void negativeOrMissingStockIsRejected() {
        assertThatThrownBy(() -> FairSplit.split(List.of(), Map.of(PASTA, -1L)))
                .hasMessage("Stock of goods type 'Pasta e riso' must be 0 or more, was -1");
        Map<String, Long> nullStock = new HashMap<>();
        nullStock.put(PASTA, null);
        assertThatThrownBy(() -> FairSplit.split(List.of(), nullStock))
                .hasMessage("Stock of goods type 'Pasta e riso' must be 0 or more, was null");
        assertThatThrownBy(() -> FairSplit.split(List.of(new Request(new RequestId(12), "A", "Bevande", 1)), Map.of(PASTA, 1L)))
                .hasMessage("No stock figure for goods type 'Bevande' (requested by 'A'); give 0 when none is available");
    }

    @Test
    void weightsBeyondExactArithmeticAreRejectedInsteadOfOverflowing() {
        BigDecimal hugeNeed = new BigDecimal("123456789012.123456789");
        assertThatThrownBy(() -> FairSplit.split(List.of(
                new Request(new RequestId(13), "A", PASTA, 1_000_000, hugeNeed, BigDecimal.ZERO), new Request(new RequestId(14), "B", PASTA, 1)), Map.of(PASTA, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Goods type 'Pasta e riso': weights × requested units exceed the exact 64-bit range");
    }
}
