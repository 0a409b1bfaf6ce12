package it.ccvmi.planner.data.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.ccvmi.planner.data.TestData;
import it.ccvmi.planner.data.exchange.TerritoryImporter;
import it.ccvmi.planner.data.territory.ComuneRepository;
import it.ccvmi.planner.planning.geo.Wgs84;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The spatial queries later features rely on, over the real territory; subclasses choose the database. */
abstract class SpatialQueryTest {

    // Piazza del Duomo, Milano; the Idroscalo depot; Bergamo (outside the Città metropolitana).
    static final double DUOMO_LON = 9.1919;
    static final double DUOMO_LAT = 45.4641;
    static final double BERGAMO_LON = 9.6696;
    static final double BERGAMO_LAT = 45.6983;

    @Autowired
    TerritoryImporter importer;

    @Autowired
    ComuneRepository comuni;

    @Autowired
    SiteRepository sites;

    @BeforeEach
    void importTerritoryOnce() {
        if (importer.isEmpty()) {
            importer.importFrom(TestData.directory());
        }
    }

    @Test
    void findsTheComuneContainingAPoint() {
        assertThat(comuni.findContaining(DUOMO_LON, DUOMO_LAT)).get().extracting("name").isEqualTo("Milano");
        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        assertThat(comuni.findContaining(depot.getLocation().getX(), depot.getLocation().getY()))
                .get().extracting("name").isEqualTo("Peschiera Borromeo");
        assertThat(comuni.findContaining(BERGAMO_LON, BERGAMO_LAT)).isEmpty();
    }

    @Test
    void everySiteLiesInTheComuneItBelongsTo() {
        for (Site site : sites.findAll()) {
            assertThat(comuni.findContaining(site.getLocation().getX(), site.getLocation().getY()))
                    .as(site.toString()).get().isEqualTo(site.getComune());
        }
    }

    @Test
    void findsSitesWithinARadiusInMetresNearestFirst() {
        Site coc = sites.findByKindAndComuneIstatCodeAndName(SiteKind.COC, "015146", "COC Milano").orElseThrow();
        List<SiteAtDistance> nearby = sites.findWithinMetres(DUOMO_LON, DUOMO_LAT, 3_000);

        assertThat(nearby).isNotEmpty().isSortedAccordingTo(
                Comparator.comparingDouble(SiteAtDistance::distanceMetres));
        assertThat(nearby).allSatisfy(found -> assertThat(found.distanceMetres()).isBetween(0.0, 3_000.0));
        // COC Milano is 45.4668, 9.1905: 319.4 m from the Duomo point (PostGIS geography: 319.43 m) (RSA without a sourced point share it).
        assertThat(nearby.get(0).distanceMetres()).isCloseTo(319.4, within(0.5));
        assertThat(nearby).filteredOn(found -> found.distanceMetres() == nearby.get(0).distanceMetres())
                .extracting(SiteAtDistance::site).contains(coc);
        // Everything outside the result is really farther than 3 km.
        List<Site> outside = sites.findAll().stream()
                .filter(site -> nearby.stream().noneMatch(found -> found.site().equals(site))).toList();
        assertThat(outside).allSatisfy(site -> assertThat(Wgs84.distanceMetres(
                Wgs84.point(DUOMO_LON, DUOMO_LAT), site.getLocation())).isGreaterThan(3_000.0));
    }

    @Test
    void theRadiusIsExactAtItsEdge() {
        Site coc = sites.findByKindAndComuneIstatCodeAndName(SiteKind.COC, "015146", "COC Milano").orElseThrow();
        double distance = Wgs84.distanceMetres(Wgs84.point(DUOMO_LON, DUOMO_LAT), coc.getLocation());

        assertThat(sites.findWithinMetres(DUOMO_LON, DUOMO_LAT, distance - 0.5)).extracting(SiteAtDistance::site)
                .doesNotContain(coc);
        assertThat(sites.findWithinMetres(DUOMO_LON, DUOMO_LAT, distance + 0.5)).extracting(SiteAtDistance::site)
                .contains(coc);
    }

    @Test
    void findsTheSitesOfAComune() {
        List<Site> milano = sites.findByComuneIstatCodeOrderByKindAscNameAsc("015146");

        assertThat(milano).extracting(Site::getKind).contains(SiteKind.COC, SiteKind.ATS_HUB, SiteKind.RSA)
                .doesNotContain(SiteKind.DEPOT);
        assertThat(milano).filteredOn(site -> site.getKind() == SiteKind.COC).hasSize(1);
        assertThat(milano).allSatisfy(site -> assertThat(site.getComune().getIstatCode()).isEqualTo("015146"));
        assertThat(sites.findByComuneIstatCodeOrderByKindAscNameAsc("015171")).extracting(Site::getKind)
                .contains(SiteKind.DEPOT, SiteKind.COC);
    }
}
