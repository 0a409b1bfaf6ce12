package it.ccvmi.planner.solver.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactArithmeticTest {

    private final Random random = new Random(42);

    @Test
    void productsAreComparedExactlyEvenBeyond64Bits() {
        for (int trial = 0; trial < 100_000; trial++) {
            long a = randomLong();
            long b = randomLong();
            long c = randomLong();
            long d = randomLong();
            int expected = big(a).multiply(big(b)).compareTo(big(c).multiply(big(d)));
            assertThat(Integer.signum(ExactArithmetic.compareProducts(a, b, c, d))).as("%d·%d vs %d·%d", a, b, c, d)
                    .isEqualTo(expected);
        }
    }

    @Test
    void floorMulDivAndRemainderAreExactEvenBeyond64Bits() {
        for (int trial = 0; trial < 100_000; trial++) {
            long d = 1 + (randomLong() >>> 1);
            long a = randomLong() % d;
            long b = randomLong();
            BigInteger[] expected = big(a).multiply(big(b)).divideAndRemainder(big(d));
            if (expected[0].bitLength() < 63) {
                long q = ExactArithmetic.floorMulDiv(a, b, d);
                assertThat(q).as("%d·%d / %d", a, b, d).isEqualTo(expected[0].longValueExact());
                assertThat(ExactArithmetic.remainder(a, b, d, q)).isEqualTo(expected[1].longValueExact());
            }
        }
    }

    @Test
    void decimalsAreRoundedHalfEvenToFourPlaces() {
        assertThat(ExactArithmetic.decimal(2, 1, 3)).isEqualTo(new BigDecimal("2.3333"));
        assertThat(ExactArithmetic.decimal(0, 1, 20_000)).isEqualTo(new BigDecimal("0.0000"));
        assertThat(ExactArithmetic.decimal(0, 3, 20_000)).isEqualTo(new BigDecimal("0.0002"));
        assertThat(ExactArithmetic.ratio(5, 8)).isEqualTo(new BigDecimal("0.6250"));
        for (int trial = 0; trial < 100_000; trial++) {
            long denominator = 1 + (randomLong() >>> 1);
            long numerator = (randomLong() >>> 1) % denominator;
            BigDecimal expected = new BigDecimal(numerator).divide(new BigDecimal(denominator), 4, RoundingMode.HALF_EVEN);
            assertThat(ExactArithmetic.decimal(0, numerator, denominator)).isEqualTo(expected);
        }
    }

    /** Non-negative, spread over every magnitude so that both the 64-bit and the 128-bit paths run. */
    private long randomLong() {
        return (random.nextLong() >>> 1) >>> random.nextInt(63);
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
