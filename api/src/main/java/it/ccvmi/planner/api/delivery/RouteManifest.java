package it.ccvmi.planner.api.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a van's crew needs for one route of a published plan: the stops in driving order (where, when, what to
 * unload), the loading list in reverse stop order (the last stop's goods go in first, so the first stop's come out
 * first) and the load per temperature class (chilled goods need the van's cold space).
 */
public record RouteManifest(LocalDate date, int versionNumber, long routeId, long vehicleId, String vanLabel,
        String organisation, boolean refrigerated, String depotName, LocalTime departure, LocalTime returnTime,
        Integer distanceMetres, List<ManifestStop> stops, List<LoadingLine> loadingList,
        List<TemperatureTotal> totalsByTemperature, int totalUnits, BigDecimal totalKg) {

    /**
     * A visit: the site (name, kind, address, comune, position and its receiving hours that weekday), the ETA and
     * the window to expect the van in (as the COC's schedule has them) and the goods to unload.
     */
    public record ManifestStop(long stopId, int sequence, long siteId, String siteName, String siteKind,
            String address, String comuneIstat, String comuneName, Double lat, Double lon, LocalTime arrival,
            LocalTime windowStart, LocalTime windowEnd, List<OpeningHours> receivingHours, List<ManifestItem> items,
            BigDecimal kg, boolean depotReturn) {
    }

    /** When the site receives deliveries on the day's weekday. */
    public record OpeningHours(LocalTime opensAt, LocalTime closesAt) {
    }

    /** Goods to unload at a stop (itemId is the route_stop_item the crew confirms). */
    public record ManifestItem(long itemId, String goodsCode, String goodsName, String temperatureClass, int units,
            String unit, BigDecimal kg) {
    }

    /**
     * One stop's goods on the loading list, trip by trip (a van that returns to the depot loads again there):
     * within a trip, loadOrder 1 goes in the van first (it is the trip's last stop's).
     */
    public record LoadingLine(int trip, int loadOrder, int stopSequence, long stopId, String siteName,
            List<ManifestItem> items, BigDecimal kg) {
    }

    /** The route's load of one temperature class (AMBIENT, CHILLED). */
    public record TemperatureTotal(String temperatureClass, int units, BigDecimal kg) {
    }
}
