package it.ccvmi.planner.api.delivery;

import java.time.OffsetDateTime;

/**
 * The link a van's crew opens on its phone, without an account: its route of the day, valid until the end of the
 * delivery day (Europe/Rome).
 *
 * @param path the crew page, {@code /equipaggio/<token>}
 * @param url  the same, absolute, as this service is reached
 */
public record CrewLink(long routeId, String vanLabel, String organisation, int stops, String token, String path,
        String url, OffsetDateTime validUntil) {
}
