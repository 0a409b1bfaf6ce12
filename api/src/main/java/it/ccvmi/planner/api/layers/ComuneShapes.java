package it.ccvmi.planner.api.layers;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The comuni boundaries, read and parsed once: they come from the territory import and do not change while
 * the service runs, and parsing 133 detailed multipolygons on every map request would dominate its time.
 */
@Component
public class ComuneShapes {

    /** A comune with its boundary (EPSG:4326). */
    public record ComuneShape(String istat, String name, int population, Geometry boundary) {
    }

    private final JdbcTemplate jdbc;
    private volatile List<ComuneShape> shapes;

    ComuneShapes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ComuneShape> all() {
        List<ComuneShape> loaded = shapes;
        if (loaded == null) {
            loaded = jdbc.query("select istat_code, name, population, ST_AsBinary(boundary) as boundary"
                    + " from comune order by istat_code", (row, n) -> new ComuneShape(row.getString("istat_code"),
                    row.getString("name"), row.getInt("population"), Wkb.read(row, "boundary")));
            // An empty table means the territory import has not run yet: read again next time.
            if (!loaded.isEmpty()) {
                shapes = loaded;
            }
        }
        return loaded;
    }

    /** The extent of the territory (EPSG:4326), the area every layer lies in. */
    public Envelope extent() {
        Envelope extent = new Envelope();
        all().forEach(shape -> extent.expandToInclude(shape.boundary().getEnvelopeInternal()));
        return extent;
    }
}
