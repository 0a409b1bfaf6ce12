package it.ccvmi.planner.data.scenario;

import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteKind;

/** Names a site by its natural key, without a database id. */
public record SiteRef(SiteKind kind, String istatCode, String name) {

    /** The natural key of a stored site (its comune must be loaded). */
    public static SiteRef of(Site site) {
        return new SiteRef(site.getKind(), site.getComune().getIstatCode(), site.getName());
    }
}
