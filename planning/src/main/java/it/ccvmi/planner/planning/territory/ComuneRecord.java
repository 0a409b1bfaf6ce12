package it.ccvmi.planner.planning.territory;

import java.math.BigDecimal;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** A comune as read from comuni.csv and comuni.geojson. */
public record ComuneRecord(String istatCode, String name, String cadastralCode, int population, BigDecimal areaKm2,
        MultiPolygon boundary, Point townCentre) {
}
