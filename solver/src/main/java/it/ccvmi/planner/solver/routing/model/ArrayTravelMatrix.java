package it.ccvmi.planner.solver.routing.model;

import java.util.Objects;

/** A dense travel matrix held in two row-major arrays: the fastest lookup the solver's inner loop can get. */
public final class ArrayTravelMatrix implements TravelMatrix {

    private final int size;
    private final long[] seconds;
    private final long[] metres;

    private ArrayTravelMatrix(int size, long[] seconds, long[] metres) {
        this.size = size;
        this.seconds = seconds;
        this.metres = metres;
    }

    /**
     * @param seconds row-major {@code size × size} driving times
     * @param metres  row-major {@code size × size} driving distances
     */
    public static ArrayTravelMatrix of(int size, long[] seconds, long[] metres) {
        Objects.requireNonNull(seconds, "seconds");
        Objects.requireNonNull(metres, "metres");
        long cells = (long) size * size;
        if (seconds.length != cells || metres.length != cells) {
            throw new IllegalArgumentException("A " + size + "×" + size + " matrix needs " + cells
                    + " cells, got " + seconds.length + " seconds and " + metres.length + " metres");
        }
        for (int i = 0; i < cells; i++) {
            if (seconds[i] < 0 || metres[i] < 0) {
                throw new IllegalArgumentException("Negative travel from " + i / size + " to " + i % size);
            }
        }
        return new ArrayTravelMatrix(size, seconds.clone(), metres.clone());
    }

    /** Copies any matrix into arrays, e.g. to make a slow adapter fast before solving. */
    public static ArrayTravelMatrix copyOf(TravelMatrix matrix) {
        int n = matrix.size();
        long[] seconds = new long[n * n];
        long[] metres = new long[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                seconds[from * n + to] = matrix.seconds(from, to);
                metres[from * n + to] = matrix.metres(from, to);
            }
        }
        return of(n, seconds, metres);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long seconds(int from, int to) {
        return seconds[from * size + to];
    }

    @Override
    public long metres(int from, int to) {
        return metres[from * size + to];
    }
}
