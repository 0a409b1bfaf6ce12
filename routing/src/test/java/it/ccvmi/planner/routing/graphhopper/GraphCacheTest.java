package it.ccvmi.planner.routing.graphhopper;

import it.ccvmi.planner.routing.RoutingException;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.TestData;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The on-disk graph cache: keyed by PBF checksum and profile, safe when processes start together. */
class GraphCacheTest {

    @TempDir
    Path cache;

    @Test
    void secondStartLoadsTheCachedGraphAndMatrixSearchGraph() {
        List<RoutingSite> sites = FixtureRoutingTest.randomSitesInFixture(25, new Random(3));
        Path first;
        SiteTravelMatrix built;
        try (GraphHopperRouter router = open(TestData.fixturePbf(), VanProfile.DEFAULT)) {
            assertThat(router.imported()).isTrue();
            first = router.graphDirectory();
            built = router.matrix(sites);
        }
        assertThat(first.resolve("cisiamo-matrix-graph.bin")).isRegularFile();
        try (GraphHopperRouter router = open(TestData.fixturePbf(), VanProfile.DEFAULT)) {
            assertThat(router.imported()).isFalse();
            assertThat(router.graphDirectory()).isEqualTo(first);
            SiteTravelMatrix loaded = router.matrix(sites);
            for (int from = 0; from < sites.size(); from++) {
                for (int to = 0; to < sites.size(); to++) {
                    assertThat(loaded.seconds(from, to)).isEqualTo(built.seconds(from, to));
                    assertThat(loaded.metres(from, to)).isEqualTo(built.metres(from, to));
                }
            }
        }
    }

    @Test
    void sameExtractUnderAnotherNameReusesTheGraph(@TempDir Path elsewhere) throws IOException {
        Path copy = Files.copy(TestData.fixturePbf(), elsewhere.resolve("renamed.osm.pbf"));
        open(TestData.fixturePbf(), VanProfile.DEFAULT).close();

        try (GraphHopperRouter router = open(copy, VanProfile.DEFAULT)) {
            assertThat(router.imported()).isFalse();
        }
    }

    @Test
    void changedProfileRebuilds() {
        Path standard;
        try (GraphHopperRouter router = open(TestData.fixturePbf(), VanProfile.DEFAULT)) {
            standard = router.graphDirectory();
        }
        try (GraphHopperRouter router = open(TestData.fixturePbf(), new VanProfile("van", 60, 90))) {
            assertThat(router.imported()).isTrue();
            assertThat(router.graphDirectory()).isNotEqualTo(standard);
            assertThat(router.description().profile()).contains("60 km/h");
        }
    }

    @Test
    void changedExtractRebuilds(@TempDir Path data) throws IOException {
        Path extract = data.resolve("area.osm");
        Files.writeString(extract, tinyOsm("residential"), StandardCharsets.UTF_8);
        Path before;
        try (GraphHopperRouter router = open(extract, VanProfile.DEFAULT)) {
            before = router.graphDirectory();
        }

        Files.writeString(extract, tinyOsm("tertiary"), StandardCharsets.UTF_8);

        try (GraphHopperRouter router = open(extract, VanProfile.DEFAULT)) {
            assertThat(router.imported()).isTrue();
            assertThat(router.graphDirectory()).isNotEqualTo(before);
        }
    }

    @Test
    void processesStartingTogetherImportOnceAndBothServe() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    OpenGraphProcess.class.getName(), TestData.fixturePbf().toString(), cache.toString())
                    .redirectErrorStream(true).start());
        }
        List<String> reports = new ArrayList<>();
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            reports.add(output.lines().filter(line -> line.startsWith("imported=")).findFirst().orElseThrow());
        }
        assertThat(reports).filteredOn(report -> report.startsWith("imported=true")).hasSize(1);
        assertThat(reports).filteredOn(report -> report.startsWith("imported=false")).hasSize(1);
        try (var folders = Files.list(cache)) {
            assertThat(folders.filter(Files::isDirectory)).as("no half-built folders left").hasSize(1);
        }
    }

    @Test
    void leftoversOfACrashedImportAreCleared() throws IOException {
        String key = GraphCache.sha256(TestData.fixturePbf()).substring(0, 16) + "-" + GraphCache.profileHash(VanProfile.DEFAULT);
        Path crashed = Files.createDirectories(cache.resolve(key + ".building-12345"));
        Files.writeString(crashed.resolve("nodes"), "partial");

        try (GraphHopperRouter router = open(TestData.fixturePbf(), VanProfile.DEFAULT)) {
            assertThat(router.imported()).isTrue();
        }
        assertThat(crashed).doesNotExist();
    }

    @Test
    void corruptExtractIsAClearErrorAndLeavesTheCacheUntouched(@TempDir Path data) throws IOException {
        open(TestData.fixturePbf(), VanProfile.DEFAULT).close();
        List<Path> before = graphFolders();
        Path corrupt = Files.write(data.resolve("broken.osm.pbf"), new byte[]{0, 0, 0, 13, 'n', 'o', 't', ' ', 'a', ' ', 'p', 'b', 'f'});

        assertThatThrownBy(() -> open(corrupt, VanProfile.DEFAULT))
                .isInstanceOf(RoutingException.class)
                .hasMessageContaining("Cannot import the OSM extract").hasMessageContaining("broken.osm.pbf");
        assertThat(graphFolders()).as("no graph folder, no half-built folder").isEqualTo(before);
    }

    private List<Path> graphFolders() throws IOException {
        try (var entries = Files.list(cache)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void missingExtractIsAClearError() {
        Path missing = cache.resolve("nowhere.osm.pbf");
        assertThatThrownBy(() -> open(missing, VanProfile.DEFAULT))
                .isInstanceOf(RoutingException.class)
                .hasMessageContaining("OSM extract not found").hasMessageContaining("nowhere.osm.pbf");
    }

    private GraphHopperRouter open(Path pbf, VanProfile profile) {
        return GraphHopperRouter.open(GraphHopperSettings.of(pbf, cache).withProfile(profile));
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Three roads in a triangle near the Idroscalo; the highway class of one of them varies. */
    private static String tinyOsm(String highway) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <osm version="0.6" generator="cisiamo-test">
                  <node id="1" version="1" lat="45.4580" lon="9.2950"/>
                  <node id="2" version="1" lat="45.4590" lon="9.2960"/>
                  <node id="3" version="1" lat="45.4600" lon="9.2950"/>
                  <way id="10" version="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="%s"/></way>
                  <way id="11" version="1"><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/></way>
                  <way id="12" version="1"><nd ref="3"/><nd ref="1"/><tag k="highway" v="residential"/></way>
                </osm>
                """.formatted(highway);
    }
}
