package it.ccvmi.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.TestRoadGraph;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.data.territory.ComuneRepository;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the real server on the embedded default (a file H2GIS database in a temp directory; the road graph
 * from the tests' shared cache rather than imported again).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cisiamo.security.first-planner.password=" + PlannerApplicationTest.FIRST_PASSWORD)
@ContextConfiguration(initializers = TestRoadGraph.class)
class PlannerApplicationTest {

    static final String FIRST_PASSWORD = "embedded first planner";

    @LocalServerPort
    int port;

    @Autowired
    ComuneRepository comuni;

    @Autowired
    SiteRepository sites;

    static Path varDirectory;

    @DynamicPropertySource
    static void temporaryVarDirectory(DynamicPropertyRegistry registry) throws IOException {
        varDirectory = Files.createTempDirectory("cisiamo-var");
        // The default datasource URL puts the embedded database under it.
        registry.add("cisiamo.var-dir", () -> varDirectory.toString());
    }

    @Test
    void importsTheTerritoryOnFirstStartAndAnswersHealthOverHttp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("planner:" + FIRST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(varDirectory.resolve("db/cisiamo.mv.db")).isRegularFile();
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"comuni\":133");
        assertThat(comuni.count()).isEqualTo(133);
        Map<SiteKind, Long> kinds = sites.findAll().stream()
                .collect(Collectors.groupingBy(Site::getKind, Collectors.counting()));
        assertThat(kinds).containsEntry(SiteKind.COC, 133L);
        assertThat(kinds.get(SiteKind.DEPOT) + kinds.get(SiteKind.ATS_HUB) + kinds.get(SiteKind.RSA)).isEqualTo(164);
    }
}
