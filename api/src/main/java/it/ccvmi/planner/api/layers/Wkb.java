package it.ccvmi.planner.api.layers;

import it.ccvmi.planner.planning.geo.Wgs84;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads geometries selected as {@code ST_AsBinary(column)}: the one spatial output function PostGIS and H2GIS
 * both have with the same result type (bytes), so the layer queries run unchanged on both databases.
 */
final class Wkb {

    private Wkb() {
    }

    static Geometry read(ResultSet row, String column) throws SQLException {
        byte[] bytes = row.getBytes(column);
        if (bytes == null) {
            return null;
        }
        try {
            return new WKBReader(Wgs84.FACTORY).read(bytes);
        } catch (ParseException e) {
            throw new SQLException("cannot read the geometry in " + column, e);
        }
    }
}
