package it.ccvmi.planner.data.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import it.ccvmi.planner.data.TestData;
import it.ccvmi.planner.data.TestTables;
import it.ccvmi.planner.data.exchange.TerritoryImport;
import it.ccvmi.planner.data.exchange.TerritoryImporter;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.planning.csv.ImportException;
import it.ccvmi.planner.planning.csv.ImportProblem;
import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.planning.territory.TerritoryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Territory import against a real database; subclasses choose PostGIS or H2GIS. */
abstract class TerritoryImportTest {

    @Autowired
    TerritoryImporter importer;

    @Autowired
    ComuneRepository comuni;

    @Autowired
    SiteRepository sites;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void startEmpty() {
        TestTables.clear(jdbc);
    }

    @Test
    void importsEveryComuneWithItsCocAndEveryHub() {
        TerritoryImport result = importer.importFrom(TestData.directory());

        assertThat(result.comuni()).isEqualTo(133);
        assertThat(result.newComuni()).isEqualTo(133);
        assertThat(result.newSites()).isEqualTo(133 + 164);
        assertThat(comuni.count()).isEqualTo(133);
        Map<SiteKind, Long> kinds = sites.findAll().stream()
                .collect(Collectors.groupingBy(Site::getKind, Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(
                Map.of(SiteKind.DEPOT, 1L, SiteKind.COC, 133L, SiteKind.ATS_HUB, 27L, SiteKind.RSA, 136L));

        Comune milano = comuni.findById("015146").orElseThrow();
        assertThat(milano.getName()).isEqualTo("Milano");
        assertThat(milano.getPopulation()).isEqualTo(1_397_715);
        assertThat(milano.getBoundary().getSRID()).isEqualTo(4326);
        assertThat(milano.getBoundary().covers(milano.getRepresentativePoint())).isTrue();

        Site depot = sites.findByKindOrderByName(SiteKind.DEPOT).get(0);
        assertThat(depot.getCoordinateQuality()).isEqualTo(CoordinateQuality.APPROX_MANUAL);
        assertThat(depot.getCoordinateNotes()).contains("set the exact gate");
        assertThat(depot.getReceivingWindows()).hasSize(7);
        Site coc = sites.findByKindAndComuneIstatCodeAndName(SiteKind.COC, "015146", "COC Milano").orElseThrow();
        assertThat(coc.getLocation().equalsExact(milano.getRepresentativePoint())).isTrue();
        assertThat(coc.getCoordinateQuality()).isEqualTo(CoordinateQuality.COMUNE_POINT);
    }

    @Test
    void importingTwiceChangesNothing() {
        importer.importFrom(TestData.directory());
        List<Map<String, Object>> before = snapshot();

        TerritoryImport second = importer.importFrom(TestData.directory());

        assertThat(second.newComuni()).isZero();
        assertThat(second.newSites()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void badFilesImportNothingAndNameFileLineAndField() throws IOException {
        importer.importFrom(TestData.directory());
        List<Map<String, Object>> before = snapshot();
        Path broken = copyOfTerritory();
        // A valid change (Milano's population) in the same import must not be applied either.
        replaceInFile(broken.resolve(TerritoryReader.COMUNI_CSV), "015146,Milano,F205,1397715", "015146,Milano,F205,1400000");
        List<String> hubs = Files.readAllLines(broken.resolve(TerritoryReader.HUBS_CSV), StandardCharsets.UTF_8);
        hubs.set(2, hubs.get(2).replace(",45.481,9.149,", ",quarantacinque,9.149,")); // line 3
        hubs.set(3, hubs.get(3).replace(",015146,", ",099999,")); // line 4
        Files.write(broken.resolve(TerritoryReader.HUBS_CSV), hubs, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importFrom(broken))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
                        .containsExactly(
                                tuple(TerritoryReader.HUBS_CSV, 3, "lat"),
                                tuple(TerritoryReader.HUBS_CSV, 4, "comune_istat")))
                .hasMessageContaining("territory/hubs.csv line 3, field lat: 'quarantacinque' non è un numero");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBoundaryThatIsNotAPolygonIsReportedWithItsFeature() throws IOException {
        Path broken = copyOfTerritory();
        replaceInFile(broken.resolve(TerritoryReader.COMUNI_GEOJSON),
                "\"name\":\"Albairate\",\"cadastral_code\":\"A127\"},\"geometry\":{\"type\":\"Polygon\"",
                "\"name\":\"Albairate\",\"cadastral_code\":\"A127\"},\"geometry\":{\"type\":\"LineString\"");

        assertThatThrownBy(() -> importer.importFrom(broken))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("territory/comuni.geojson line 1, field features[1].geometry.type:")
                .hasMessageContaining("territory/comuni.csv line 3, field istat_code: no boundary for 015005");
        assertThat(comuni.count()).isZero();
    }

    /** Every imported value, row by row, as the database holds it. */
    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("""
                SELECT istat_code, name, cadastral_code, population, area_km2, ST_AsText(boundary) AS boundary,
                       ST_AsText(representative_point) AS point
                FROM comune ORDER BY istat_code
                """));
        rows.addAll(jdbc.queryForList("""
                SELECT s.id, s.kind, s.name, s.address, s.comune_istat, ST_AsText(s.location) AS location,
                       s.coordinate_quality, s.coordinate_notes, s.source,
                       (SELECT COUNT(*) FROM site_receiving_window w WHERE w.site_id = s.id) AS windows
                FROM site s ORDER BY s.id
                """));
        return rows;
    }

    private Path copyOfTerritory() throws IOException {
        Path territory = Files.createDirectories(temp.resolve("territory"));
        for (String file : List.of(TerritoryReader.COMUNI_CSV, TerritoryReader.COMUNI_GEOJSON, TerritoryReader.HUBS_CSV)) {
            Files.copy(TestData.directory().resolve(file), territory.resolve(Path.of(file).getFileName()));
        }
        return temp;
    }

    private static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
