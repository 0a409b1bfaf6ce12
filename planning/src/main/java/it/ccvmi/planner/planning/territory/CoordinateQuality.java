package it.ccvmi.planner.planning.territory;

import java.util.Locale;

/** How far a site's point can be trusted; see territory/SOURCES.md of the data directory. */
public enum CoordinateQuality {
    /** From the vaccination-points open dataset, for the same facility. */
    SOURCE_C19,
    /** From the same dataset, for the institution's main site nearby. */
    SOURCE_C19_NEARBY,
    /** Estimated by hand from the landmark: a few hundred metres off, up to ~1 km. */
    APPROX_MANUAL,
    /** Not the facility: the comune's town-centre point. */
    COMUNE_POINT;

    /** Parses the {@code coord_quality} column value of hubs.csv (e.g. {@code approx_manual}). */
    public static CoordinateQuality fromCsv(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
