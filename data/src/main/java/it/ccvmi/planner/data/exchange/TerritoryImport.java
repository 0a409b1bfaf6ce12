package it.ccvmi.planner.data.exchange;

import java.time.Duration;

/** What an import did: how many comuni and sites there are, how many were new, and the time spent. */
public record TerritoryImport(int comuni, int sites, int newComuni, int newSites, Duration reading, Duration writing) {

    public Duration took() {
        return reading.plus(writing);
    }
}
