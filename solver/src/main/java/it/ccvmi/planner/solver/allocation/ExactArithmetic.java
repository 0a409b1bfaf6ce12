package it.ccvmi.planner.solver.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact integer arithmetic for the fair split: products of two longs are compared and divided as
 * 128-bit values, so the split never drifts the way floating point would.
 */
final class ExactArithmetic {

    /** Decimals kept when an exact fraction is shown as a {@link BigDecimal} (fair share, fill ratio). */
    static final int SCALE = 4;
    private static final long SCALE_FACTOR = 10_000L;

    private ExactArithmetic() {
    }

    /** Compares {@code a·b} with {@code c·d}; all arguments are non-negative. */
    static int compareProducts(long a, long b, long c, long d) {
        int byHighBits = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
        return byHighBits != 0 ? byHighBits : Long.compareUnsigned(a * b, c * d);
    }

    /** {@code floor(a·b / d)} for non-negative {@code a, b} and positive {@code d}; the quotient must fit a long. */
    static long floorMulDiv(long a, long b, long d) {
        long product = a * b;
        if (Math.multiplyHigh(a, b) == 0 && product >= 0) {
            return product / d;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(d)).longValueExact();
    }

    /**
     * {@code a·b mod d} given {@code q = floor(a·b / d)}. Wrapping long arithmetic is exact here because the
     * true result lies in {@code [0, d)}.
     */
    static long remainder(long a, long b, long d, long q) {
        return a * b - q * d;
    }

    /**
     * {@code whole + numerator / denominator} rounded half-even to {@link #SCALE} decimals, for
     * {@code 0 ≤ numerator < denominator}.
     */
    static BigDecimal decimal(long whole, long numerator, long denominator) {
        long digits = floorMulDiv(numerator, SCALE_FACTOR, denominator);
        long rest = remainder(numerator, SCALE_FACTOR, denominator, digits);
        int versusHalf = Long.compare(rest, denominator - rest);
        if (versusHalf > 0 || (versusHalf == 0 && (digits & 1) == 1)) {
            digits++;
        }
        return BigDecimal.valueOf(Math.addExact(Math.multiplyExact(whole, SCALE_FACTOR), digits), SCALE);
    }

    /** {@code numerator / denominator} rounded half-even to {@link #SCALE} decimals, for non-negative values. */
    static BigDecimal ratio(long numerator, long denominator) {
        return decimal(numerator / denominator, numerator % denominator, denominator);
    }
}
