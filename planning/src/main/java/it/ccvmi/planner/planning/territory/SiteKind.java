package it.ccvmi.planner.planning.territory;

/** What a site is in the logistics network. */
public enum SiteKind {
    /** The CCV-MI warehouse (Idroscalo): where vans load and return. */
    DEPOT,
    /** A comune's Centro Operativo Comunale: receives the comune's food share. */
    COC,
    /** An ATS vaccination hub: receives flu-vaccine kits, DPI and medicines. */
    ATS_HUB,
    /** A nursing home (residenza sanitaria assistenziale). */
    RSA
}
