package it.ccvmi.planner.solver.routing.model;

import java.util.Objects;

/**
 * A place in the travel matrix. Carries the matrix so that constraints and the nearby distance meter
 * (which OptaPlanner instantiates without arguments) can measure travel from the domain objects alone.
 */
public final class Location {

    private final int index;
    private final TravelMatrix matrix;

    public Location(int index, TravelMatrix matrix) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        if (index < 0 || index >= matrix.size()) {
            throw new IllegalArgumentException("Location index " + index + " outside matrix of size " + matrix.size());
        }
        this.index = index;
    }

    public int index() {
        return index;
    }

    public long secondsTo(Location other) {
        return matrix.seconds(index, other.index);
    }

    public long metresTo(Location other) {
        return matrix.metres(index, other.index);
    }

    @Override
    public String toString() {
        return "#" + index;
    }
}
