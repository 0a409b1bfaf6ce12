package it.ccvmi.planner.api.layers;

import static it.ccvmi.planner.api.layers.LayerTestPlans.PUBLISHED_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A real desktop-GIS client, GDAL/OGR (ogrinfo, the library under QGIS), reading the WFS in GML 3.2 and GeoJSON,
 * in EPSG:4326 and EPSG:3857. scripts/provision-gis installs it (Debian package gdal-bin).
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GdalClientTest {

    @Autowired
    ApiClient api;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void buildPlans() {
        LayerTestPlans.in(context);
    }

    @Test
    void theWfsDriverListsTheFourLayersAndReadsTheirFeaturesInGml() {
        String service = "WFS:" + api.baseUrl() + "/wfs/" + PUBLISHED_DAY;

        String listing = ogrinfo("-ro", service);
        String stops = ogrinfo("-ro", "-al", service, "cisiamo:stops");
        String comuni = ogrinfo("-ro", "-so", service, "cisiamo:comuni");

        assertThat(listing).contains("cisiamo:routes (title: Van routes) (Line String)",
                "cisiamo:stops (title: Route stops) (Point)", "cisiamo:comuni (title: Comuni and fill ratio)"
                        + " (Multi Surface)", "cisiamo:sites (title: Logistic sites) (Point)");
        // The attribute types come from DescribeFeatureType, the features from GML 3.2 (GDAL asks for no JSON).
        assertThat(stops).contains("Feature Count: 3", "siteName: String", "arrival: Time", "deliveredKg: Real",
                "kind (String) = COC");
        assertThat(occurrences(stops, "OGRFeature(cisiamo:stops)")).isEqualTo(3);
        Matcher point = Pattern.compile("POINT \\(([0-9.]+) ([0-9.]+)\\)").matcher(stops);
        int points = 0;
        while (point.find()) {
            points++;
            assertThat(Double.parseDouble(point.group(1))).as("longitude").isBetween(8.6, 9.6);
            assertThat(Double.parseDouble(point.group(2))).as("latitude").isBetween(45.1, 45.7);
        }
        assertThat(points).isEqualTo(3);
        assertThat(comuni).contains("Feature Count: 133", "Geometry: Multi Surface", "fillRatio: Real");
    }

    @Test
    void getFeatureUrlsReadAsGmlAndGeoJsonInBothSystems() {
        String get = api.baseUrl() + "/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cisiamo:sites"
                + "&date=" + PUBLISHED_DAY;
        int sites = siteCount(get);

        String gml = ogrinfo("-ro", "-al", "-so", get);
        String gmlMercator = ogrinfo("-ro", "-al", "-so", get + "&srsName=EPSG:3857");
        String json = ogrinfo("-ro", "-al", "-so", get + "&outputFormat=application/json");
        String jsonMercator = ogrinfo("-ro", "-al", "-so", get + "&outputFormat=application/json&srsName=EPSG:3857");

        assertThat(gml).contains("using driver `GML' successful", "Feature Count: " + sites);
        assertThat(gmlMercator).contains("using driver `GML' successful", "Feature Count: " + sites);
        assertThat(json).contains("using driver `GeoJSON' successful", "Feature Count: " + sites);
        // The same places whichever the format: GDAL reads the latitude-first GML back to the GeoJSON's extent.
        assertThat(extent(gml)).isEqualTo(extent(json));
        assertThat(extent(gmlMercator)).isEqualTo(extent(jsonMercator));
        assertThat(extent(json)).startsWith("(8.");
        assertThat(extent(jsonMercator)).startsWith("(9").contains(", 56");
    }

    private int siteCount(String getFeature) {
        String hits = api.get(getFeature.substring(api.baseUrl().length()) + "&resultType=hits",
                ApiClient.Auth.NONE).body();
        Matcher matched = Pattern.compile("numberMatched=\"(\\d+)\"").matcher(hits);
        assertThat(matched.find()).as(hits).isTrue();
        return Integer.parseInt(matched.group(1));
    }

    private static String extent(String ogrinfo) {
        Matcher extent = Pattern.compile("Extent: (.*)").matcher(ogrinfo);
        assertThat(extent.find()).as(ogrinfo).isTrue();
        return extent.group(1).trim();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String ogrinfo(String... arguments) {
        List<String> command = new ArrayList<>(List.of("ogrinfo", "--config", "GDAL_HTTP_TIMEOUT", "30"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ogrinfo finished").isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
            return output;
        } catch (IOException e) {
            throw new AssertionError("ogrinfo (gdal-bin) is missing: run scripts/provision-gis", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
