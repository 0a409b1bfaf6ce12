package it.ccvmi.planner.routing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Some sites cannot be placed on the road network: they lie outside the graph or too far from any road a van may
 * use. All of them are reported together, so that one correction round fixes them all.
 */
public class SnappingException extends RoutingException {

    /**
     * @param distanceMetres distance to the nearest usable road, or {@code NaN} when there is none
     */
    public record UnsnappableSite(RoutingSite site, double distanceMetres, String reason) {

        @Override
        public String toString() {
            return site + ": " + reason;
        }
    }

    private final transient List<UnsnappableSite> sites;

    public SnappingException(List<UnsnappableSite> sites) {
        super(message(sites));
        this.sites = List.copyOf(sites);
    }

    public List<UnsnappableSite> sites() {
        return sites;
    }

    private static String message(List<UnsnappableSite> sites) {
        return String.format(Locale.ROOT, "%d site(s) cannot be placed on the road network:%n  ", sites.size())
                + sites.stream().map(UnsnappableSite::toString).collect(Collectors.joining(System.lineSeparator() + "  "));
    }
}
