package it.ccvmi.planner.api.delivery;

import it.ccvmi.planner.api.security.TokenHashing;
import it.ccvmi.planner.data.plan.PlanRepository;
import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The crews' links (table {@code crew_link}): one unguessable token (256 random bits) per route of a published
 * version, created the first time a planner asks for the version's links. A token opens its route until the end of
 * the delivery day in the service's zone, and follows its van when a newer version of the day is published.
 */
@Component
class CrewLinks {

    static final String PAGE = "/equipaggio/";

    private final JdbcTemplate jdbc;
    private final PlanRepository plans;
    private final PublishedRoutes routes;
    private final Clock clock;

    CrewLinks(JdbcTemplate jdbc, PlanRepository plans, PublishedRoutes routes, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.routes = routes;
        this.clock = clock;
    }

    /**
     * The links of every route of a day's published version, creating those still missing.
     *
     * @throws it.ccvmi.planner.api.web.ApiProblem 404 for an unknown version, 409 when it is not the published one
     */
    @Transactional
    List<CrewLink> of(LocalDate date, int number) {
        plans.lockByDeliveryDate(date); // two planners asking at once create one link per route, not two
        PlanVersion version = routes.version(date, number);
        Map<Long, String> tokens = new HashMap<>();
        jdbc.query("SELECT l.route_id, l.token FROM crew_link l JOIN route r ON r.id = l.route_id"
                + " WHERE r.plan_version_id = ?", row -> {
                    tokens.put(row.getLong(1), row.getString(2));
                }, version.getId());
        OffsetDateTime validUntil = validUntil(date);
        return version.getRoutes().stream().map(route -> {
            String token = tokens.computeIfAbsent(route.getId(), any -> create(route));
            return link(route, token, validUntil);
        }).toList();
    }

    /**
     * The route a token opens now: its own while its version is published; once a newer version of the day (a
     * re-plan) is published, the same van's route in it, so that a crew keeps its link through the day. Empty when
     * unknown, after the delivery day, or when the published version gives the van no route.
     */
    @Transactional(readOnly = true)
    Optional<Long> routeOf(String token) {
        return jdbc.query("""
                SELECT l.route_id, r.vehicle_id, v.plan_id, p.delivery_date, v.status FROM crew_link l
                JOIN route r ON r.id = l.route_id JOIN plan_version v ON v.id = r.plan_version_id
                JOIN plan p ON p.id = v.plan_id WHERE l.token = ?""", (row, index) -> new Opened(row.getLong(1),
                row.getLong(2), row.getLong(3), row.getObject(4, LocalDate.class),
                PlanStatus.valueOf(row.getString(5))), token)
                .stream().filter(this::isOpen).findFirst().flatMap(this::currentRoute);
    }

    private Optional<Long> currentRoute(Opened opened) {
        if (opened.status() == PlanStatus.PUBLISHED) {
            return Optional.of(opened.routeId());
        }
        return jdbc.query("""
                SELECT r.id FROM route r JOIN plan_version v ON v.id = r.plan_version_id
                WHERE v.plan_id = ? AND v.status = 'PUBLISHED' AND r.vehicle_id = ?""",
                (row, index) -> row.getLong(1), opened.planId(), opened.vehicleId()).stream().findFirst();
    }

    /** When the links of a delivery day stop working: midnight at its end, in the service's zone. */
    OffsetDateTime validUntil(LocalDate date) {
        return date.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private record Opened(long routeId, long vehicleId, long planId, LocalDate date, PlanStatus status) {
    }

    /** A link of a published or superseded version (never a draft's), until the end of its day. */
    private boolean isOpen(Opened opened) {
        return (opened.status() == PlanStatus.PUBLISHED || opened.status() == PlanStatus.SUPERSEDED)
                && OffsetDateTime.now(clock).isBefore(validUntil(opened.date()));
    }

    private String create(Route route) {
        String token = TokenHashing.newSecret();
        jdbc.update("INSERT INTO crew_link (route_id, token, created_at) VALUES (?, ?, ?)", route.getId(), token,
                OffsetDateTime.now(clock));
        return token;
    }

    private static CrewLink link(Route route, String token, OffsetDateTime validUntil) {
        String path = PAGE + token;
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        return new CrewLink(route.getId(), route.getVehicle().getLabel(), route.getVehicle().getOrganisation(),
                route.getStops().size(), token, path, url, validUntil);
    }
}
