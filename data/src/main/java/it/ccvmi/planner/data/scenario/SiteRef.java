package it.ccvmi.planner.data.scenario;

import it.ccvmi.planner.data.site.SiteKind;

/** Names a site by its natural key, without a database id. */
public record SiteRef(SiteKind kind, String istatCode, String name) {
}
