package it.ccvmi.planner.api.layers;

import it.ccvmi.planner.solver.allocation.FillRatio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The features of the plan layers (routes, stops, comuni with kilograms) of one plan version. Plain portable
 * SQL (spatial only through ST_AsBinary), so the same queries run on H2GIS and PostGIS; the bounding-box
 * filter is applied in Java on envelopes, which measured faster than a round trip per box for layers this size.
 */
@Component
class PlanLayerQueries {

    private final JdbcTemplate jdbc;
    private final ComuneShapes comuni;

    PlanLayerQueries(JdbcTemplate jdbc, ComuneShapes comuni) {
        this.jdbc = jdbc;
        this.comuni = comuni;
    }

    List<LayerFeature> routes(LayerScope scope) {
        return jdbc.query("select r.id, v.label, v.organisation, r.departure_time, r.return_time, r.distance_metres,"
                + " r.duration_seconds, r.load_kg, ST_AsBinary(r.geometry) as geometry,"
                + " (select count(*) from route_stop s where s.route_id = r.id and s.reload = false) as stop_count,"
                + " (select count(*) from route_stop s where s.route_id = r.id and s.reload = true) + 1 as trips"
                + " from route r join vehicle v on v.id = r.vehicle_id where r.plan_version_id = ? order by r.id",
                (row, n) -> {
                    Map<String, Object> properties = planProperties(scope);
                    properties.put("vehicleLabel", row.getString("label"));
                    properties.put("organisation", row.getString("organisation"));
                    properties.put("departure", row.getObject("departure_time", LocalTime.class));
                    properties.put("returnTime", row.getObject("return_time", LocalTime.class));
                    properties.put("distanceMetres", (Integer) row.getObject("distance_metres", Integer.class));
                    properties.put("durationSeconds", (Integer) row.getObject("duration_seconds", Integer.class));
                    properties.put("loadKg", row.getBigDecimal("load_kg"));
                    properties.put("stopCount", row.getInt("stop_count"));
                    properties.put("trips", row.getInt("trips"));
                    return new LayerFeature("routes." + row.getLong("id"), Wkb.read(row, "geometry"), properties);
                }, scope.versionId());
    }

    /** The labels of the vans with a route in the scope's version, sorted. */
    List<String> vanLabels(LayerScope scope) {
        return jdbc.queryForList("select distinct v.label from route r join vehicle v on v.id = r.vehicle_id"
                + " where r.plan_version_id = ? order by v.label", String.class, scope.versionId());
    }

    List<LayerFeature> stops(LayerScope scope) {
        Map<Long, Delivered> delivered = deliveredPerStop(scope);
        return jdbc.query("select st.id, v.label, st.sequence, s.id as site_id, s.name as site_name, s.kind,"
                + " c.istat_code, c.name as comune_name, st.arrival_time, st.departure_time, st.load_kg, st.reload,"
                + " (select count(*) from route_stop p where p.route_id = st.route_id and p.reload = true"
                + " and p.sequence < st.sequence) + 1 as trip,"
                + " ST_AsBinary(s.location) as location from route_stop st join route r on r.id = st.route_id"
                + " join vehicle v on v.id = r.vehicle_id join site s on s.id = st.site_id"
                + " join comune c on c.istat_code = s.comune_istat where r.plan_version_id = ?"
                + " order by st.id", (row, n) -> {
                    long id = row.getLong("id");
                    Delivered goods = delivered.getOrDefault(id, Delivered.NOTHING);
                    Map<String, Object> properties = planProperties(scope);
                    properties.put("vehicleLabel", row.getString("label"));
                    properties.put("sequence", row.getInt("sequence"));
                    properties.put("stopType", row.getBoolean("reload") ? "reload" : "delivery");
                    properties.put("trip", row.getInt("trip"));
                    properties.put("siteId", row.getLong("site_id"));
                    properties.put("siteName", row.getString("site_name"));
                    properties.put("kind", row.getString("kind"));
                    properties.put("comuneIstat", row.getString("istat_code"));
                    properties.put("comuneName", row.getString("comune_name"));
                    properties.put("arrival", row.getObject("arrival_time", LocalTime.class));
                    properties.put("departure", row.getObject("departure_time", LocalTime.class));
                    properties.put("loadOnArrivalKg", row.getBigDecimal("load_kg"));
                    properties.put("goods", goods.summary());
                    properties.put("deliveredKg", goods.kg());
                    return new LayerFeature("stops." + id, Wkb.read(row, "location"), properties);
                }, scope.versionId());
    }

    /** Every comune, with the kilograms its requests asked and the version allocated (none without a version). */
    List<LayerFeature> comuni(LayerScope scope) {
        Map<String, BigDecimal[]> kilograms = scope.hasVersion() ? kilogramsPerComune(scope) : Map.of();
        List<LayerFeature> features = new ArrayList<>();
        for (ComuneShapes.ComuneShape comune : comuni.all()) {
            BigDecimal[] requestedAllocated = kilograms.get(comune.istat());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("istat", comune.istat());
            properties.put("name", comune.name());
            properties.put("population", comune.population());
            properties.put("date", scope.date());
            properties.put("planVersion", scope.versionNumber());
            properties.put("requestedKg", requestedAllocated == null ? null : kg(requestedAllocated[0]));
            properties.put("allocatedKg", requestedAllocated == null ? null : kg(requestedAllocated[1]));
            properties.put("fillRatio", requestedAllocated == null ? null
                    : FillRatio.of(requestedAllocated[1], requestedAllocated[0]));
            features.add(new LayerFeature("comuni." + comune.istat(), comune.boundary(), properties));
        }
        return features;
    }

    private Map<String, BigDecimal[]> kilogramsPerComune(LayerScope scope) {
        Map<String, BigDecimal[]> kilograms = new HashMap<>();
        // The version's own snapshot of requested units and weights: a published layer does not follow later edits.
        jdbc.query("select s.comune_istat, sum(a.requested_units * a.unit_weight_kg) as requested,"
                + " sum(a.units * a.unit_weight_kg) as allocated from allocation a"
                + " join delivery_request d on d.id = a.request_id join site s on s.id = d.site_id"
                + " where a.plan_version_id = ? group by s.comune_istat",
                (ResultSet row) -> {
                    kilograms.put(row.getString("comune_istat"), new BigDecimal[] {
                        row.getBigDecimal("requested"), row.getBigDecimal("allocated")});
                }, scope.versionId());
        return kilograms;
    }

    private static BigDecimal kg(BigDecimal exact) {
        return exact.setScale(1, RoundingMode.HALF_UP);
    }

    /** What each stop hands over: "PASTA 12, RICE 4" and the total kilograms. */
    private Map<Long, Delivered> deliveredPerStop(LayerScope scope) {
        Map<Long, Delivered> delivered = new HashMap<>();
        jdbc.query("select i.route_stop_id, i.goods_type, sum(i.units) as units, sum(i.weight_kg) as kg"
                + " from route_stop_item i join route_stop st on st.id = i.route_stop_id"
                + " join route r on r.id = st.route_id where r.plan_version_id = ?"
                + " group by i.route_stop_id, i.goods_type order by i.route_stop_id, i.goods_type",
                (ResultSet row) -> {
                    long stop = row.getLong("route_stop_id");
                    delivered.put(stop, delivered.getOrDefault(stop, Delivered.NOTHING)
                            .plus(row.getString("goods_type"), row.getInt("units"), row.getBigDecimal("kg")));
                }, scope.versionId());
        return delivered;
    }

    private static Map<String, Object> planProperties(LayerScope scope) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("date", scope.date());
        properties.put("planVersion", scope.versionNumber());
        return properties;
    }

    private record Delivered(String summary, BigDecimal kg) {

        static final Delivered NOTHING = new Delivered("", BigDecimal.ZERO);

        Delivered plus(String goods, int units, BigDecimal weight) {
            return new Delivered((summary.isEmpty() ? "" : summary + ", ") + goods + " " + units, kg.add(weight));
        }
    }
}
