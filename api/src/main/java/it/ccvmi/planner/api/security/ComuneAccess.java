package it.ccvmi.planner.api.security;

import org.springframework.security.access.AccessDeniedException;

/** The one check every comune-scoped endpoint makes before reading or changing a comune's data. */
public final class ComuneAccess {

    private ComuneAccess() {
    }

    /** @throws AccessDeniedException (answered 403) when a COC account asks for another comune */
    public static void require(PlannerPrincipal principal, String istat) {
        if (principal == null || !principal.mayActFor(istat)) {
            throw new AccessDeniedException("questo account non può agire per il comune " + istat);
        }
    }
}
