package it.ccvmi.planner.data.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.ccvmi.planner.data.PostgisTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgisTestDatabase
class SpatialQueryPostgisTest extends SpatialQueryTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Checks the metres of the radius search against PostGIS's geodesic distance on the WGS84 spheroid. */
    @Test
    void radiusDistancesAgreeWithPostgisGeography() {
        for (SiteAtDistance found : sites.findWithinMetres(DUOMO_LON, DUOMO_LAT, 30_000)) {
            Double geodesic = jdbc.queryForObject("""
                    SELECT ST_Distance(location::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, true)
                    FROM site WHERE id = ?
                    """, Double.class, DUOMO_LON, DUOMO_LAT, found.site().getId());
            assertThat(found.distanceMetres()).as(found.site().toString())
                    .isCloseTo(geodesic, within(Math.max(0.5, geodesic * 1e-4)));
        }
    }
}
