package it.ccvmi.planner.api.portal;

import it.ccvmi.planner.api.security.TokenHashing;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private calendar links of the comuni (table {@code calendar_link}): one per comune, kept as the SHA-256 of
 * its secret, so a leaked database does not leak the links. A new link replaces the comune's old one.
 */
@Component
@Transactional
class CalendarLinks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CalendarLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new secret for the comune (shown once), replacing its previous link. */
    String renew(String istat) {
        String secret = TokenHashing.newSecret();
        revoke(istat);
        jdbc.update("INSERT INTO calendar_link (comune_istat, secret_hash, created_at) VALUES (?, ?, ?)", istat,
                TokenHashing.hash(secret), OffsetDateTime.now(clock));
        return secret;
    }

    /** @return whether the comune had a link */
    boolean revoke(String istat) {
        return jdbc.update("DELETE FROM calendar_link WHERE comune_istat = ?", istat) > 0;
    }

    @Transactional(readOnly = true)
    Optional<OffsetDateTime> createdAt(String istat) {
        return jdbc.query("SELECT created_at FROM calendar_link WHERE comune_istat = ?",
                (row, index) -> row.getObject(1, OffsetDateTime.class), istat).stream().findFirst()
                .map(created -> created.atZoneSameInstant(clock.getZone()).toOffsetDateTime()); // as in Rome
    }

    /** The comune whose link carries this secret. */
    @Transactional(readOnly = true)
    Optional<String> comuneOf(String secret) {
        return jdbc.queryForList("SELECT comune_istat FROM calendar_link WHERE secret_hash = ?", String.class,
                TokenHashing.hash(secret)).stream().findFirst();
    }
}
