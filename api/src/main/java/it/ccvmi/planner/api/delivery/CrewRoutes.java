package it.ccvmi.planner.api.delivery;

import it.ccvmi.planner.api.delivery.CrewRoute.CrewStop;
import it.ccvmi.planner.api.delivery.RouteManifest.ManifestStop;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.plan.Route;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The route a crew link opens, with the stops' navigation links and their confirmations so far. */
@Component
class CrewRoutes {

    private final CrewLinks links;
    private final StopConfirmations confirmations;
    private final EntityManager entities;

    CrewRoutes(CrewLinks links, StopConfirmations confirmations, EntityManager entities) {
        this.links = links;
        this.confirmations = confirmations;
        this.entities = entities;
    }

    /** @throws ApiProblem 404 for an unknown or expired link, or one of a version no longer published */
    long routeOf(String token) {
        return links.routeOf(token).orElseThrow(() -> ApiProblem.notFound("Questo link dell'equipaggio non è "
                + "valido o è scaduto (vale fino alla fine del giorno di consegna, per il piano pubblicato): "
                + "chiedi il link aggiornato alla centrale operativa."));
    }

    @Transactional(readOnly = true)
    CrewRoute route(String token) {
        Route route = entities.find(Route.class, routeOf(token));
        RouteManifest manifest = Manifests.of(route);
        Map<Long, ConfirmationView> confirmed = confirmations.ofRoute(route.getId());
        return new CrewRoute(manifest.date(), manifest.versionNumber(), manifest.vanLabel(), manifest.organisation(),
                manifest.depotName(), manifest.departure(), links.validUntil(manifest.date()),
                manifest.stops().stream().map(stop -> new CrewStop(stop, geoUri(stop), directions(stop),
                        confirmed.get(stop.stopId()))).toList());
    }

    private static String geoUri(ManifestStop stop) {
        return stop.lat() == null ? null : "geo:" + coordinates(stop);
    }

    private static String directions(ManifestStop stop) {
        return stop.lat() == null ? null : "https://www.openstreetmap.org/directions?to=" + coordinates(stop);
    }

    private static String coordinates(ManifestStop stop) {
        return String.format(Locale.ROOT, "%.6f,%.6f", stop.lat(), stop.lon());
    }
}
