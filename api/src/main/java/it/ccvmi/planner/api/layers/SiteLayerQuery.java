package it.ccvmi.planner.api.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The sites layer: every depot, COC, ATS hub and RSA, whatever the plan (sites are not versioned). */
@Component
class SiteLayerQuery {

    private final JdbcTemplate jdbc;

    SiteLayerQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<LayerFeature> sites() {
        return jdbc.query("select s.id, s.kind, s.name, s.address, c.istat_code, c.name as comune_name,"
                + " ST_AsBinary(s.location) as location from site s join comune c on c.istat_code = s.comune_istat"
                + " order by s.id", (row, n) -> {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    properties.put("siteId", row.getLong("id"));
                    properties.put("kind", row.getString("kind"));
                    properties.put("name", row.getString("name"));
                    properties.put("address", row.getString("address"));
                    properties.put("comuneIstat", row.getString("istat_code"));
                    properties.put("comuneName", row.getString("comune_name"));
                    return new LayerFeature("sites." + row.getLong("id"), Wkb.read(row, "location"), properties);
                });
    }
}
