package it.ccvmi.planner.planning.day;

/**
 * A site: the database id of a stored site, a running number for the reference territory.
 * Carried from the input to the plan and back, never rebuilt from names.
 */
public record SiteId(long value) {
}
