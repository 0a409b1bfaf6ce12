package it.ccvmi.planner.data.site;

/** A site found by a radius search and its distance in metres from the search point. */
public record SiteAtDistance(Site site, double distanceMetres) {
}
