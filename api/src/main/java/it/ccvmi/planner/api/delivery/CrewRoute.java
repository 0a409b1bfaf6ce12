package it.ccvmi.planner.api.delivery;

import it.ccvmi.planner.api.delivery.RouteManifest.ManifestStop;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** What the crew page shows: the route's stops in order, how to get there, and what was confirmed so far. */
public record CrewRoute(LocalDate date, int versionNumber, String vanLabel, String organisation, String depotName,
        LocalTime departure, OffsetDateTime validUntil, List<CrewStop> stops) {

    /**
     * @param geoUri        {@code geo:lat,lon}: the phone's own navigation app
     * @param directionsUrl OpenStreetMap directions to the stop
     * @param confirmation  null until the crew confirms the stop
     */
    public record CrewStop(ManifestStop stop, String geoUri, String directionsUrl, ConfirmationView confirmation) {
    }
}
