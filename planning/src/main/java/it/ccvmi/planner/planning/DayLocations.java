package it.ccvmi.planner.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The distinct sites of one planning day, depot first: the rows and columns of the day's travel matrix. */
final class DayLocations {

    private final List<PlanningSite> sites = new ArrayList<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();

    DayLocations(PlanningSite depot) {
        indexOf(depot);
    }

    /** The site's matrix index, adding it on first use. */
    int indexOf(PlanningSite site) {
        return indexByKey.computeIfAbsent(site.key(), key -> {
            sites.add(site);
            return sites.size() - 1;
        });
    }

    List<PlanningSite> sites() {
        return List.copyOf(sites);
    }
}
