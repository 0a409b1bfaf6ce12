package it.ccvmi.planner.api.layers;

import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Chooses the plan version the layers show. Without a date: the latest date with a published version (today
 * when none). Without a version number: the date's published version. The published version is public; any
 * other version (draft, superseded) only for planners — anonymous callers get 401 (through the security entry
 * point, with its WWW-Authenticate challenge), COC accounts 403.
 */
@Component
public class PlanSelection {

    private final PlanVersionRepository versions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanSelection(PlanVersionRepository versions, JdbcTemplate jdbc, Clock clock) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LayerScope select(LocalDate date, Integer versionNumber, PlannerPrincipal caller) {
        LocalDate day = date != null ? date : latestPublishedDate().orElse(LocalDate.now(clock));
        if (versionNumber == null) {
            return versions.findPublished(day).map(version -> scope(day, version))
                    .orElse(LayerScope.withoutVersion(day));
        }
        PlanVersion version = versions.findByDeliveryDate(day).stream()
                .filter(candidate -> candidate.getNumber() == versionNumber).findFirst()
                .orElseThrow(() -> new LayerRequestException("version",
                        "il piano del " + day + " non ha la versione " + versionNumber));
        if (version.getStatus() != PlanStatus.PUBLISHED) {
            requirePlanner(caller, day, version);
        }
        return scope(day, version);
    }

    private static void requirePlanner(PlannerPrincipal caller, LocalDate day, PlanVersion version) {
        String what = "la versione " + version.getNumber() + " del " + day + " è " + version.getStatus();
        if (caller == null) {
            throw new AuthenticationCredentialsNotFoundException(what + ": per vederla accedere come pianificatore");
        }
        if (!caller.isPlanner()) {
            throw new AccessDeniedException(what + ": solo i pianificatori vedono le versioni non pubblicate");
        }
    }

    private Optional<LocalDate> latestPublishedDate() {
        return Optional.ofNullable(jdbc.queryForObject("select max(p.delivery_date) from plan p"
                + " join plan_version v on v.plan_id = p.id where v.status = ?", LocalDate.class,
                PlanStatus.PUBLISHED.name()));
    }

    private static LayerScope scope(LocalDate day, PlanVersion version) {
        return new LayerScope(day, version.getId(), version.getNumber());
    }
}
