package it.ccvmi.planner.api.delivery;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a published route's manifest, as JSON or as the printable route sheet. */
@Component
@Transactional(readOnly = true)
class RouteSheets {

    private final PublishedRoutes routes;

    RouteSheets(PublishedRoutes routes) {
        this.routes = routes;
    }

    RouteManifest manifest(LocalDate date, int number, long routeId) {
        return Manifests.of(routes.route(date, number, routeId));
    }

    byte[] pdf(LocalDate date, int number, long routeId) {
        return RouteSheetPdf.render(manifest(date, number, routeId));
    }
}
