package it.ccvmi.planner.solver.routing.solve;

import java.util.Random;

/**
 * {@link Random}'s generator without its thread safety: the same numbers from the same seed (so a seeded search finds
 * the same plans), without the atomic compare-and-set that {@code Random} pays on every draw to share one generator
 * between threads. One search thread draws from it, for every ruin and every blink of its recreate.
 */
final class SearchRandom extends Random {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    /** No initialiser: {@code Random}'s constructor sets it through {@link #setSeed}, before initialisers would run. */
    private long state;

    SearchRandom(long seed) {
        super(seed);
    }

    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        state = (seed ^ MULTIPLIER) & MASK;
    }

    @Override
    protected int next(int bits) {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return (int) (state >>> (48 - bits));
    }
}
