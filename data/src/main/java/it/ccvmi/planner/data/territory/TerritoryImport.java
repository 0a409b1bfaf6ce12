package it.ccvmi.planner.data.territory;

import java.time.Duration;

/** What an import did: how many comuni and sites there are and how many were new. */
public record TerritoryImport(int comuni, int sites, int newComuni, int newSites, Duration took) {
}
