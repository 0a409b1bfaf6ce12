package it.ccvmi.planner.planning.day;

import it.ccvmi.planner.planning.territory.SiteKind;

/** Names a site by its natural key, without a database id. */
public record SiteRef(SiteKind kind, String istatCode, String name) {
}
