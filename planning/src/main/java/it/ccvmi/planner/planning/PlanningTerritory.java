package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.day.SiteId;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.territory.ComuneRecord;
import it.ccvmi.planner.planning.territory.DefaultReceivingWindows;
import it.ccvmi.planner.planning.territory.HubRecord;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.planning.territory.Territory;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sites the pipeline can plan for, found by the natural key the planning day uses ({@link SiteRef}):
 * the single depot (the Idroscalo warehouse), one COC per comune, the ATS hubs and the RSA.
 */
public final class PlanningTerritory {

    private final PlanningSite depot;
    private final Map<SiteRef, PlanningSite> sites;
    private final Map<String, PlanningSite> sitesByKey;

    public PlanningTerritory(PlanningSite depot, Map<SiteRef, PlanningSite> sites) {
        if (depot.kind() != SiteKind.DEPOT) {
            throw new IllegalArgumentException(depot.name() + " is a " + depot.kind() + ", not a depot");
        }
        this.depot = depot;
        this.sites = Map.copyOf(sites);
        this.sitesByKey = new HashMap<>();
        for (PlanningSite site : sites.values()) {
            if (sitesByKey.put(site.key(), site) != null) {
                throw new IllegalArgumentException("two sites with the key " + site.key());
            }
        }
    }

    /**
     * The reference territory as read from the data directory: every comune's COC at its town-centre point, the
     * hubs at their hubs.csv positions, receiving windows by {@link DefaultReceivingWindows}; site ids number the
     * sites in that order from 1.
     *
     * @throws IllegalArgumentException unless hubs.csv has exactly one depot
     */
    public static PlanningTerritory of(Territory territory) {
        Map<SiteRef, PlanningSite> sites = new LinkedHashMap<>();
        for (ComuneRecord comune : territory.comuni()) {
            SiteRef ref = new SiteRef(SiteKind.COC, comune.istatCode(), "COC " + comune.name());
            sites.put(ref, site(new SiteId(sites.size() + 1), ref, comune.townCentre().getY(),
                    comune.townCentre().getX()));
        }
        for (HubRecord hub : territory.hubs()) {
            SiteRef ref = new SiteRef(hub.kind(), hub.comuneIstat(), hub.name());
            sites.put(ref, site(new SiteId(sites.size() + 1), ref, hub.location().getY(), hub.location().getX()));
        }
        return withTheDepot(sites);
    }

    /**
     * The territory of these sites, each found by its natural key.
     *
     * @throws IllegalArgumentException unless exactly one site is a depot
     */
    public static PlanningTerritory withTheDepot(Map<SiteRef, PlanningSite> sites) {
        List<PlanningSite> depots = sites.values().stream().filter(site -> site.kind() == SiteKind.DEPOT).toList();
        if (depots.size() != 1) {
            throw new IllegalArgumentException("the territory must have exactly one depot, found " + depots.size());
        }
        return new PlanningTerritory(depots.get(0), sites);
    }

    private static PlanningSite site(SiteId id, SiteRef ref, double lat, double lon) {
        return new PlanningSite(id, key(ref), ref.name(), ref.kind(), lat, lon, DefaultReceivingWindows.of(ref.kind()));
    }

    /** A site's requester key: kind, comune and name, e.g. {@code COC/015146/COC Milano}; readable and unique. */
    public static String key(SiteRef ref) {
        return ref.kind() + "/" + ref.istatCode() + "/" + ref.name();
    }

    public PlanningSite depot() {
        return depot;
    }

    /** @throws IllegalArgumentException naming the site when the territory does not know it */
    public PlanningSite site(SiteRef ref) {
        PlanningSite site = sites.get(ref);
        if (site == null) {
            throw new IllegalArgumentException("unknown site " + ref.name() + " (" + ref.kind() + ", comune "
                    + ref.istatCode() + "): not in the territory");
        }
        return site;
    }

    /** @throws IllegalArgumentException when no site has this requester key */
    public PlanningSite site(String key) {
        PlanningSite site = sitesByKey.get(key);
        if (site == null) {
            throw new IllegalArgumentException("unknown site " + key);
        }
        return site;
    }

    public Collection<PlanningSite> sites() {
        return sites.values();
    }
}
