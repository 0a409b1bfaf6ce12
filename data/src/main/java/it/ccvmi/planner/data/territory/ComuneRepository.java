package it.ccvmi.planner.data.territory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComuneRepository extends JpaRepository<Comune, String> {

    /**
     * The comune whose boundary contains the point (lon/lat, EPSG:4326), if any. The {@code &&}
     * bounding-box test lets both PostGIS and H2GIS use their spatial index before the exact test.
     */
    @Query(value = """
            SELECT c.* FROM comune c
            WHERE c.boundary && ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)
              AND ST_Contains(c.boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
            """, nativeQuery = true)
    Optional<Comune> findContaining(@Param("lon") double lon, @Param("lat") double lat);

    Optional<Comune> findByNameIgnoreCase(String name);
}
