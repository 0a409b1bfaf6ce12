package it.ccvmi.planner.api.delivery;

import it.ccvmi.planner.api.delivery.RouteManifest.LoadingLine;
import it.ccvmi.planner.api.delivery.RouteManifest.ManifestItem;
import it.ccvmi.planner.api.delivery.RouteManifest.ManifestStop;
import it.ccvmi.planner.api.delivery.RouteManifest.OpeningHours;
import it.ccvmi.planner.api.delivery.RouteManifest.TemperatureTotal;
import it.ccvmi.planner.api.schedule.EtaWindow;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import it.ccvmi.planner.data.site.Site;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the manifest of a stored route (inside the caller's transaction: it walks lazy associations). */
final class Manifests {

    private Manifests() {
    }

    static RouteManifest of(Route route) {
        PlanVersion version = route.getPlanVersion();
        LocalDate date = version.getPlan().getDeliveryDate();
        Vehicle van = route.getVehicle();
        List<ManifestStop> stops = route.getStops().stream().map(stop -> stop(stop, date.getDayOfWeek())).toList();
        List<LoadingLine> loading = new ArrayList<>();
        int trip = 1;
        int tripStart = 0;
        for (int end = 0; end <= stops.size(); end++) {
            if (end < stops.size() && !stops.get(end).depotReturn()) {
                continue;
            }
            // A trip's stops in reverse: what is unloaded last goes in first.
            int loadOrder = 1;
            for (int index = end - 1; index >= tripStart; index--) {
                ManifestStop stop = stops.get(index);
                loading.add(new LoadingLine(trip, loadOrder++, stop.sequence(), stop.stopId(), stop.siteName(),
                        stop.items(), stop.kg()));
            }
            trip++;
            tripStart = end + 1;
        }
        List<ManifestItem> items = stops.stream().flatMap(stop -> stop.items().stream()).toList();
        return new RouteManifest(date, version.getNumber(), route.getId(), van.getId(), van.getLabel(),
                van.getOrganisation(), van.isRefrigerated(), van.getHomeDepot().getName(), route.getDepartureTime(),
                route.getReturnTime(), route.getDistanceMetres(), stops, loading, byTemperature(items),
                items.stream().mapToInt(ManifestItem::units).sum(), kg(items));
    }

    private static ManifestStop stop(RouteStop stop, DayOfWeek weekday) {
        Site site = stop.getSite();
        EtaWindow window = EtaWindow.around(stop.getArrivalTime(), stop.getRoute().getDepartureTime());
        List<ManifestItem> items = stop.getItems().stream().map(Manifests::item)
                .sorted(Comparator.comparing(ManifestItem::goodsCode)).toList();
        List<OpeningHours> hours = site.getReceivingWindows().stream()
                .filter(opening -> opening.getDayOfWeek() == weekday)
                .map(opening -> new OpeningHours(opening.getOpensAt(), opening.getClosesAt())).toList();
        Double lat = site.getLocation() == null ? null : site.getLocation().getY();
        Double lon = site.getLocation() == null ? null : site.getLocation().getX();
        return new ManifestStop(stop.getId(), stop.getSequence(), site.getId(), site.getName(), site.getKind().name(),
                site.getAddress(), site.getComune().getIstatCode(), site.getComune().getName(), lat, lon,
                window.arrival(), window.opens(), window.closes(), hours, items, kg(items), stop.isReload());
    }

    private static ManifestItem item(RouteStopItem item) {
        var goods = item.getGoods();
        return new ManifestItem(item.getId(), goods.getCode(), goods.getItalianName(),
                goods.getTemperatureClass().name(), item.getUnits(), goods.getUnit().name(), item.getWeightKg());
    }

    private static List<TemperatureTotal> byTemperature(List<ManifestItem> items) {
        Map<String, List<ManifestItem>> byClass = new TreeMap<>();
        items.forEach(item -> byClass.computeIfAbsent(item.temperatureClass(), any -> new ArrayList<>()).add(item));
        return byClass.entrySet().stream().map(entry -> new TemperatureTotal(entry.getKey(),
                entry.getValue().stream().mapToInt(ManifestItem::units).sum(), kg(entry.getValue()))).toList();
    }

    private static BigDecimal kg(List<ManifestItem> items) {
        return items.stream().map(ManifestItem::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
