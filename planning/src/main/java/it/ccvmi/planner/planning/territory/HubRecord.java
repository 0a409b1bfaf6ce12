package it.ccvmi.planner.planning.territory;

import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.SiteKind;
import org.locationtech.jts.geom.Point;

/** A row of hubs.csv: the depot, an ATS hub or an RSA. */
public record HubRecord(SiteKind kind, String name, String address, String comuneIstat, Point location,
        CoordinateQuality coordinateQuality, String source, String notes) {
}
