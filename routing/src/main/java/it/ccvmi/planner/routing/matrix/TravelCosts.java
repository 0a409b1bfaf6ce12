package it.ccvmi.planner.routing.matrix;

/**
 * The result of a many-to-many search: row-major {@code n × n} seconds and metres; unreachable pairs are
 * {@link Double#POSITIVE_INFINITY}.
 */
public record TravelCosts(int size, double[] seconds, double[] metres) {

    public boolean reachable(int from, int to) {
        return seconds[from * size + to] != Double.POSITIVE_INFINITY;
    }
}
