package it.ccvmi.planner.api.layers;

import static it.ccvmi.planner.api.layers.LayerTestPlans.PUBLISHED_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayerDownloadTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationContext context;

    LayerTestPlans plans;

    @BeforeAll
    void buildPlans() {
        plans = LayerTestPlans.in(context);
    }

    @Test
    void eachLayerDownloadsAsAnRfc7946File() {
        for (String layer : List.of("routes", "stops", "comuni", "sites")) {
            ApiClient.Response download = api.get("/layers/" + layer + ".geojson?date=" + PUBLISHED_DAY, Auth.NONE);

            assertThat(download.status()).isEqualTo(200);
            assertThat(download.contentType()).startsWith("application/geo+json");
            assertThat(download.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"cisiamo-" + layer + "-" + PUBLISHED_DAY + "-v1.geojson\"");
            JsonNode collection = download.json();
            assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
            assertThat(collection.has("crs")).isFalse();
            assertThat(collection.get("features").size()).isPositive();
            for (JsonNode feature : collection.get("features")) {
                assertThat(feature.get("type").asString()).isEqualTo("Feature");
                assertThat(feature.get("properties").isObject()).isTrue();
                assertLonLatInMilan(feature.get("geometry"));
            }
        }
    }

    @Test
    void polygonsFollowTheRightHandRule() {
        JsonNode comuni = api.get("/layers/comuni.geojson", Auth.NONE).json();

        for (JsonNode comune : comuni.get("features")) {
            for (JsonNode polygon : comune.get("geometry").get("coordinates")) {
                for (int ring = 0; ring < polygon.size(); ring++) {
                    assertThat(Orientation.isCCW(coordinates(polygon.get(ring)))).as(comune.get("id").asString())
                            .isEqualTo(ring == 0);
                }
            }
        }
    }

    @Test
    void aDraftDownloadNeedsAPlanner() {
        String draft = "/layers/routes.geojson?date=" + PUBLISHED_DAY + "&version=2";

        ApiClient.Response anonymous = api.get(draft, Auth.NONE);
        ApiClient.Response coc = api.get(draft, api.bearer(accounts.coc("015146")));
        ApiClient.Response planner = api.get(draft, Auth.basic(accounts.planner()));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).isNotNull();
        assertThat(coc.status()).isEqualTo(403);
        assertThat(planner.status()).isEqualTo(200);
        assertThat(planner.header("Content-Disposition")).contains("-v2.geojson");
        assertThat(planner.json().get("features").get(0).get("properties").get("vehicleLabel").asString())
                .isEqualTo(plans.vanA);
    }

    @Test
    void badLayerDateOrVersionIsAProblemDocument() {
        ApiClient.Response unknownLayer = api.get("/layers/roads.geojson", Auth.NONE);
        ApiClient.Response badDate = api.get("/layers/stops.geojson?date=tomorrow", Auth.NONE);
        ApiClient.Response unknownVersion = api.get("/layers/stops.geojson?date=" + PUBLISHED_DAY + "&version=7",
                Auth.NONE);

        assertThat(unknownLayer.status()).isEqualTo(404);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(unknownVersion.status()).isEqualTo(400);
        assertThat(unknownVersion.contentType()).startsWith("application/problem+json");
        assertThat(unknownVersion.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void theMapStoreContextShowsTheFourWfsLayersOverOpenStreetMap() {
        ApiClient.Response response = api.get("/layers/mapstore-context.json?date=" + PUBLISHED_DAY, Auth.NONE);

        assertThat(response.status()).isEqualTo(200);
        JsonNode context = response.json();
        assertThat(context.get("version").asInt()).isEqualTo(2);
        JsonNode map = context.get("map");
        assertThat(map.get("projection").asString()).isEqualTo("EPSG:3857");
        assertThat(map.get("center").get("crs").asString()).isEqualTo("EPSG:3857");
        assertThat(map.get("center").get("x").asDouble()).isBetween(1_010_000.0, 1_035_000.0);
        assertThat(map.get("center").get("y").asDouble()).isBetween(5_680_000.0, 5_705_000.0);
        JsonNode layers = map.get("layers");
        assertThat(layers.get(0).get("type").asString()).isEqualTo("osm");
        assertThat(layers.get(0).get("group").asString()).isEqualTo("background");
        List<String> names = new ArrayList<>();
        String wfs = api.baseUrl() + "/wfs/" + PUBLISHED_DAY;
        for (int i = 1; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            names.add(layer.get("name").asString());
            assertThat(layer.get("type").asString()).isEqualTo("wfs");
            assertThat(layer.get("url").asString()).isEqualTo(wfs);
            assertThat(layer.get("search").get("url").asString()).isEqualTo(wfs);
            assertThat(layer.get("style").get("format").asString()).isEqualTo("geostyler");
        }
        assertThat(names).containsExactly("cisiamo:comuni", "cisiamo:sites", "cisiamo:routes", "cisiamo:stops");
        JsonNode routeRules = layers.get(3).get("style").get("body").get("rules");
        List<String> vans = new ArrayList<>();
        routeRules.forEach(rule -> vans.add(rule.get("filter").get(2).asString()));
        assertThat(vans).containsExactly(plans.vanA, plans.vanB);
        assertThat(routeRules.get(0).get("symbolizers").get(0).get("color").asString())
                .isNotEqualTo(routeRules.get(1).get("symbolizers").get(0).get("color").asString());

        // The layer URL is a working WFS of that day.
        JsonNode routes = api.get("/wfs/" + PUBLISHED_DAY + "?service=WFS&version=2.0.0&request=GetFeature"
                + "&typeNames=cisiamo:routes&outputFormat=application/json&srsName=EPSG:3857", Auth.NONE).json();
        assertThat(routes.get("numberMatched").asInt()).isEqualTo(2);
    }

    @Test
    void viewersOnOtherOriginsMayReadTheLayers() throws Exception {
        String capabilities = api.baseUrl() + "/wfs?service=WFS&request=GetCapabilities";
        HttpResponse<String> preflight = RawHttp.send("OPTIONS", capabilities,
                "Origin", "https://viewer.example.org", "Access-Control-Request-Method", "GET");
        HttpResponse<String> wfs = RawHttp.send("GET", capabilities,
                "Origin", "https://viewer.example.org");
        HttpResponse<String> download = RawHttp.send("GET", api.baseUrl() + "/layers/sites.geojson",
                "Origin", "https://viewer.example.org");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
        for (HttpResponse<String> response : List.of(wfs, download)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
            assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        }
        assertThat(download.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("Content-Disposition");
    }


    /** Every position of the geometry is longitude, latitude inside the metropolitan city. */
    private static void assertLonLatInMilan(JsonNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        List<JsonNode> positions = new ArrayList<>();
        collectPositions(coordinates, positions);
        assertThat(positions).isNotEmpty();
        for (JsonNode position : positions) {
            assertThat(position.get(0).asDouble()).isBetween(8.6, 9.6);
            assertThat(position.get(1).asDouble()).isBetween(45.1, 45.7);
        }
    }

    private static void collectPositions(JsonNode node, List<JsonNode> positions) {
        if (node.get(0).isNumber()) {
            positions.add(node);
        } else {
            node.forEach(child -> collectPositions(child, positions));
        }
    }

    private static Coordinate[] coordinates(JsonNode ring) {
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return coordinates;
    }
}
