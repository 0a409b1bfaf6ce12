package it.ccvmi.planner.api.web;

/**
 * Optimistic locking over HTTP: a resource's version is its ETag ({@code "3"}); a change that sends If-Match
 * applies only to the version the client read. If-Match is optional: a client without it changes what is current.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The entity tag of a version. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @param ifMatch the If-Match header, or null; {@code *} or a list naming the current tag matches
     * @param stale   what the problem says, e.g. "il furgone è cambiato da quando è stato letto"
     * @throws ApiProblem 412 when the header names other versions only
     */
    public static void requireMatch(String ifMatch, long version, String stale) {
        if (ifMatch == null) {
            return;
        }
        String current = of(version);
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().equals("*") || tag.strip().equals(current)) {
                return;
            }
        }
        throw ApiProblem.preconditionFailed(stale + " (ora è alla versione " + version
                + "): rileggere i dati e ripetere la modifica");
    }
}
