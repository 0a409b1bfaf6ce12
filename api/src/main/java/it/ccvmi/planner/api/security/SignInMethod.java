package it.ccvmi.planner.api.security;

/** How a request proved its account, kept as the details of its authentication. */
public enum SignInMethod {
    /** Name and password (HTTP Basic). */
    PASSWORD,
    /** A bearer token issued earlier. */
    TOKEN
}
