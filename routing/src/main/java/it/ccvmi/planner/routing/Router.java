package it.ccvmi.planner.routing;

import java.util.List;

/**
 * Travel times, distances and geometry between sites for the delivery vans. The port that the planner uses;
 * the implementations are the GraphHopper road router and the straight-line estimate, chosen by
 * {@link RoutingSettings}.
 */
public interface Router extends AutoCloseable {

    /** Which router, data and profile produce this router's numbers. */
    RouterDescription description();

    /**
     * The asymmetric travel matrix between all the given sites, in their order.
     *
     * @throws SnappingException if any site cannot be placed on the road network (all such sites are listed)
     * @throws RoutingException  if some site cannot be reached from another
     */
    SiteTravelMatrix matrix(List<RoutingSite> sites);

    /** The drive from one site to another, with its road geometry. */
    Leg leg(RoutingSite from, RoutingSite to);

    /** Releases the road graph and worker threads, if any. */
    @Override
    void close();
}
