package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.api.plans.ChangesDocument.EtaChange;
import it.ccvmi.planner.api.plans.ChangesDocument.UnitsChange;
import it.ccvmi.planner.api.plans.ChangesDocument.VanChange;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.site.Site;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the differences of a re-planned version against the version it re-planned ({@link ChangesDocument}). */
@Component
class VersionChanges {

    static final int ETA_MINUTES = 30;

    private final PlanDocuments documents;

    VersionChanges(PlanDocuments documents) {
        this.documents = documents;
    }

    /** @throws ApiProblem 404 when the date has no such version or the version is not a re-plan */
    @Transactional(readOnly = true)
    ChangesDocument changes(LocalDate date, int number) {
        PlanVersion version = documents.find(date, number);
        if (version.getReplannedFrom() == null) {
            throw ApiProblem.notFound("la versione " + number + " del " + date
                    + " non è una ripianificazione: non ha differenze da elencare");
        }
        Routed before = new Routed(documents.find(date, version.getReplannedFrom()));
        Routed after = new Routed(version);
        return new ChangesDocument(date, number, version.getReplannedFrom(), etaMoved(before, after),
                movedToAnotherVan(before, after), units(before, after), units(after, before));
    }

    private static List<EtaChange> etaMoved(Routed before, Routed after) {
        List<EtaChange> moved = new ArrayList<>();
        before.firstArrival.forEach((siteId, was) -> {
            LocalTime now = after.firstArrival.get(siteId);
            if (now != null) {
                long minutes = Duration.between(was, now).toMinutes();
                if (Math.abs(minutes) > ETA_MINUTES) {
                    Site site = before.sites.get(siteId);
                    moved.add(new EtaChange(siteId, site.getName(), site.getComune().getIstatCode(), was, now, minutes));
                }
            }
        });
        return moved;
    }

    private static List<VanChange> movedToAnotherVan(Routed before, Routed after) {
        List<VanChange> moved = new ArrayList<>();
        before.vehicles.forEach((requestId, was) -> {
            Set<Long> now = after.vehicles.get(requestId);
            if (now != null && !now.equals(was)) {
                DeliveryRequest request = before.requests.get(requestId);
                Site site = request.getSite();
                moved.add(new VanChange(requestId, site.getId(), site.getName(), site.getComune().getIstatCode(),
                        request.getGoodsType().getCode(), List.copyOf(was), List.copyOf(now)));
            }
        });
        return moved;
    }

    /** The units each request has on {@code from}'s routes beyond those on {@code to}'s. */
    private static List<UnitsChange> units(Routed from, Routed to) {
        List<UnitsChange> changes = new ArrayList<>();
        from.units.forEach((requestId, units) -> {
            int difference = units - to.units.getOrDefault(requestId, 0);
            if (difference > 0) {
                DeliveryRequest request = from.requests.get(requestId);
                Site site = request.getSite();
                changes.add(new UnitsChange(requestId, site.getId(), site.getName(), site.getComune().getIstatCode(),
                        request.getGoodsType().getCode(), difference));
            }
        });
        return changes;
    }

    /** A version's routes by request and by site, sorted by id so the lists come out in a stable order. */
    private static final class Routed {

        final Map<Long, Integer> units = new TreeMap<>();
        final Map<Long, Set<Long>> vehicles = new TreeMap<>();
        final Map<Long, DeliveryRequest> requests = new HashMap<>();
        final Map<Long, LocalTime> firstArrival = new TreeMap<>();
        final Map<Long, Site> sites = new HashMap<>();

        Routed(PlanVersion version) {
            for (Route route : version.getRoutes()) {
                for (RouteStop stop : route.getStops()) {
                    Long siteId = stop.getSite().getId();
                    sites.put(siteId, stop.getSite());
                    firstArrival.merge(siteId, stop.getArrivalTime(), (a, b) -> a.isBefore(b) ? a : b);
                    for (RouteStopItem item : stop.getItems()) {
                        Long requestId = item.getRequest().getId();
                        requests.put(requestId, item.getRequest());
                        units.merge(requestId, item.getUnits(), Integer::sum);
                        vehicles.computeIfAbsent(requestId, id -> new TreeSet<>()).add(route.getVehicle().getId());
                    }
                }
            }
        }
    }
}
