package it.ccvmi.planner.solver.routing.model;

/**
 * Travel between the locations of one planning day, addressed by index (0 … size-1).
 * Asymmetric: {@code seconds(a, b)} may differ from {@code seconds(b, a)} (one-way streets, turn restrictions).
 * The planning module adapts the router's {@code SiteTravelMatrix} to this interface; the solver knows nothing else.
 */
public interface TravelMatrix {

    int size();

    /** Driving time from one location to another, in seconds. */
    long seconds(int from, int to);

    /** Driving distance from one location to another, in metres. */
    long metres(int from, int to);
}
