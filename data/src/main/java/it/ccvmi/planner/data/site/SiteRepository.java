package it.ccvmi.planner.data.site;

import it.ccvmi.planner.planning.territory.SiteKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SiteRepository extends JpaRepository<Site, Long>, SiteRadiusQuery {

    List<Site> findByComuneIstatCodeOrderByKindAscNameAsc(String istatCode);

    List<Site> findByKindOrderByName(SiteKind kind);

    @Query("SELECT s FROM Site s JOIN FETCH s.comune ORDER BY s.id")
    List<Site> findAllWithComune();

    Optional<Site> findByKindAndComuneIstatCodeAndName(SiteKind kind, String istatCode, String name);

    /** Sites whose point lies in the lon/lat box; the {@code &&} operator uses the spatial index on both databases. */
    @Query(value = """
            SELECT s.* FROM site s
            WHERE s.location && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)
            """, nativeQuery = true)
    List<Site> findInEnvelope(@Param("minLon") double minLon, @Param("minLat") double minLat,
            @Param("maxLon") double maxLon, @Param("maxLat") double maxLat);
}
