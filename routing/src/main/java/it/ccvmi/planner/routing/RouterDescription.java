package it.ccvmi.planner.routing;

/**
 * What made a set of travel times, so that a plan can state it.
 *
 * @param name       the router kind, e.g. {@code graphhopper} or {@code straight-line}
 * @param dataSource the road data and its checksum, or a note that no road data was used
 * @param profile    the vehicle profile or the formula behind the times
 */
public record RouterDescription(String name, String dataSource, String profile) {

    @Override
    public String toString() {
        return name + " [" + dataSource + "; " + profile + "]";
    }
}
