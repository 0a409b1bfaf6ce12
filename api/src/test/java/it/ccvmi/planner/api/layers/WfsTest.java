package it.ccvmi.planner.api.layers;

import static it.ccvmi.planner.api.layers.LayerTestPlans.DRAFT_ONLY_DAY;
import static it.ccvmi.planner.api.layers.LayerTestPlans.PUBLISHED_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static it.ccvmi.planner.api.layers.WfsAssertions.assertException;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.RawRequest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.site.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WfsTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    LayerTestPlans plans;

    @BeforeAll
    void buildPlans() {
        plans = LayerTestPlans.in(context);
    }

    @Test
    void capabilitiesListTheFourTypesTheirCrsAndOperationsBoundToTheCalledUrl() {
        ApiClient.Response response = wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0,1.1.0");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        Document capabilities = Xml.parse(response.body());
        Element root = capabilities.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("WFS_Capabilities");
        assertThat(root.getNamespaceURI()).isEqualTo(Xml.WFS);
        assertThat(root.getAttribute("version")).isEqualTo("2.0.0");
        assertThat(Xml.texts(capabilities, Xml.WFS, "Name"))
                .containsExactly("cisiamo:routes", "cisiamo:stops", "cisiamo:comuni", "cisiamo:sites");
        assertThat(Xml.texts(capabilities, Xml.WFS, "DefaultCRS")).containsOnly("urn:ogc:def:crs:EPSG::4326");
        assertThat(Xml.texts(capabilities, Xml.WFS, "OtherCRS")).containsOnly("urn:ogc:def:crs:EPSG::3857");
        assertThat(Xml.texts(capabilities, Xml.OWS, "ServiceTypeVersion")).containsExactly("2.0.0");
        assertThat(Xml.elements(capabilities, Xml.OWS, "ServiceProvider")).hasSize(1);
        assertThat(Xml.elements(capabilities, Xml.OWS, "Operation")).extracting(e -> e.getAttribute("name"))
                .containsExactly("GetCapabilities", "DescribeFeatureType", "ListStoredQueries",
                        "DescribeStoredQueries", "GetFeature");
        assertThat(Xml.elements(capabilities, Xml.OWS, "Get")).extracting(e -> e.getAttributeNS(Xml.XLINK, "href"))
                .containsOnly(api.baseUrl() + "/wfs?");
        assertThat(Xml.texts(capabilities, Xml.OWS, "Value"))
                .contains("application/gml+xml; version=3.2", "application/json", "hits", "local");
        assertThat(Xml.elements(capabilities, Xml.FES, "SpatialOperator")).extracting(e -> e.getAttribute("name"))
                .containsExactly("BBOX");
        // Every type's WGS84 box covers the metropolitan city (around 9.2 E, 45.46 N).
        for (String lower : Xml.texts(capabilities, Xml.OWS, "LowerCorner")) {
            String[] lonLat = lower.split(" ");
            assertThat(Double.parseDouble(lonLat[0])).isBetween(8.5, 9.2);
            assertThat(Double.parseDouble(lonLat[1])).isBetween(45.0, 45.46);
        }
    }

    @Test
    void capabilitiesFollowTheTrustedProxyAndTheDatedServiceUrl() {
        String target = "/wfs/2034-05-10?service=WFS&request=GetCapabilities";
        RawRequest.Answer proxied = RawRequest.sendFrom("127.0.0.2", api.baseUrl(), "GET", target,
                "X-Forwarded-Proto: https", "X-Forwarded-Host: maps.example.org", "X-Forwarded-For: 192.0.2.7");
        RawRequest.Answer spoofed = RawRequest.send(api.baseUrl(), "GET", target,
                "X-Forwarded-Proto: https", "X-Forwarded-Host: evil.example");

        assertThat(Xml.elements(Xml.parse(proxied.body()), Xml.OWS, "Get"))
                .extracting(e -> e.getAttributeNS(Xml.XLINK, "href"))
                .containsOnly("https://maps.example.org/wfs/2034-05-10?");
        // Only the configured proxy (127.0.0.2 in the tests) is believed; anyone else's headers are ignored.
        assertThat(Xml.elements(Xml.parse(spoofed.body()), Xml.OWS, "Get"))
                .extracting(e -> e.getAttributeNS(Xml.XLINK, "href"))
                .containsOnly(api.baseUrl() + "/wfs/2034-05-10?");
    }

    @Test
    void getFeatureAlsoAcceptsFormEncodedPost() {
        ApiClient.Response posted = api.send("/wfs", Auth.NONE, "POST", "SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"
                + "&TYPENAMES=cisiamo:stops&DATE=" + PUBLISHED_DAY, "application/x-www-form-urlencoded");

        assertThat(posted.status()).isEqualTo(200);
        assertThat(Xml.parse(posted.body()).getDocumentElement().getAttribute("numberMatched")).isEqualTo("3");
    }

    @Test
    void versionNegotiationFailsWithoutTwoPointZero() {
        assertException(wfs("service=WFS&request=GetCapabilities&AcceptVersions=1.0.0,1.1.0"), 400,
                "VersionNegotiationFailed", "AcceptVersions");
    }

    @Test
    void describeFeatureTypeGivesTheGmlApplicationSchema() {
        ApiClient.Response response = wfs("service=WFS&version=2.0.0&request=DescribeFeatureType");

        assertThat(response.status()).isEqualTo(200);
        Document schema = Xml.parse(response.body());
        assertThat(schema.getDocumentElement().getAttribute("targetNamespace")).isEqualTo(LayerType.NAMESPACE);
        assertThat(Xml.elements(schema, Xml.XSD, "complexType")).extracting(e -> e.getAttribute("name"))
                .containsExactly("routesType", "stopsType", "comuniType", "sitesType");
        Map<String, String> routeElements = new java.util.HashMap<>();
        Xml.elements(schema, Xml.XSD, "element").forEach(e -> routeElements.putIfAbsent(e.getAttribute("name"),
                e.getAttribute("type")));
        assertThat(routeElements).containsEntry("geometry", "gml:LineStringPropertyType")
                .containsEntry("vehicleLabel", "xsd:string").containsEntry("distanceMetres", "xsd:int")
                .containsEntry("routes", "cisiamo:routesType").containsEntry("comuni", "cisiamo:comuniType");

        ApiClient.Response comuni = wfs("service=WFS&request=DescribeFeatureType&typeNames=cisiamo:comuni");
        assertThat(Xml.elements(Xml.parse(comuni.body()), Xml.XSD, "element")).extracting(e -> e.getAttribute("type"))
                .contains("gml:MultiSurfacePropertyType", "xsd:decimal");

        JsonNode json = wfs("service=WFS&request=DescribeFeatureType&typeName=stops&outputFormat=application/json")
                .json();
        assertThat(json.get("targetPrefix").asString()).isEqualTo("cisiamo");
        assertThat(json.get("featureTypes").get(0).get("properties").get(0).get("type").asString())
                .isEqualTo("gml:Point");
    }

    @Test
    void routesIn4326AreTheDatabaseLinesLongitudeFirst() throws Exception {
        JsonNode routes = getFeature("typeNames=cisiamo:routes&srsName=urn:ogc:def:crs:EPSG::4326");

        assertThat(routes.get("numberMatched").asInt()).isEqualTo(2);
        assertThat(routes.has("crs")).isFalse();
        List<String> vans = new ArrayList<>();
        for (JsonNode route : routes.get("features")) {
            vans.add(route.get("properties").get("vehicleLabel").asString());
            assertThat(route.get("properties").get("planVersion").asInt()).isEqualTo(1);
            assertThat(route.get("properties").get("date").asString()).isEqualTo(PUBLISHED_DAY.toString());
            assertThat(route.get("geometry").get("type").asString()).isEqualTo("LineString");
            Coordinate[] stored = new WKTReader().read(jdbc.queryForObject(
                    "select ST_AsText(geometry) from route where id = ?", String.class, id(route))).getCoordinates();
            assertCoordinates(route.get("geometry").get("coordinates"), stored, 1e-7);
        }
        assertThat(vans).containsExactlyInAnyOrder(plans.vanA, plans.vanB);
        JsonNode vanA = routes.get("features").get(vans.indexOf(plans.vanA)).get("properties");
        assertThat(vanA.get("stopCount").asInt()).isEqualTo(2);
        assertThat(vanA.get("distanceMetres").asInt()).isEqualTo(24_690);
        assertThat(vanA.get("organisation").asString()).isEqualTo("Layers test volunteers");
    }

    @Test
    void routesIn3857AreTheProjectedDatabaseLines() throws Exception {
        JsonNode routes = getFeature("typeNames=routes&srsName=EPSG:3857");

        assertThat(routes.get("crs").get("properties").get("name").asString())
                .isEqualTo("urn:ogc:def:crs:EPSG::3857");
        for (JsonNode route : routes.get("features")) {
            Coordinate[] projected = new WKTReader().read(jdbc.queryForObject(
                    "select ST_AsText(ST_Transform(geometry, 3857)) from route where id = ?", String.class,
                    id(route))).getCoordinates();
            assertCoordinates(route.get("geometry").get("coordinates"), projected, 0.02);
        }
    }

    @Test
    void stopsCarryEtaGoodsAndTheSiteLocationInBothProjections() {
        JsonNode stops = getFeature("typeNames=stops&sortBy=vehicleLabel,sequence");
        JsonNode mercator = getFeature("typeNames=stops&sortBy=vehicleLabel,sequence"
                + "&srsName=http://www.opengis.net/def/crs/EPSG/0/3857");

        assertThat(stops.get("numberReturned").asInt()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            JsonNode stop = stops.get("features").get(i);
            Site site = plans.stops.get(i);
            assertThat(stop.get("properties").get("siteId").asLong()).isEqualTo(site.getId());
            Map<String, Object> stored = jdbc.queryForMap("select ST_X(location) as lon, ST_Y(location) as lat,"
                    + " ST_X(ST_Transform(location, 3857)) as x, ST_Y(ST_Transform(location, 3857)) as y"
                    + " from site where id = ?", site.getId());
            JsonNode lonLat = stop.get("geometry").get("coordinates");
            assertThat(lonLat.get(0).asDouble()).isCloseTo(((Number) stored.get("lon")).doubleValue(), within(1e-7));
            assertThat(lonLat.get(1).asDouble()).isCloseTo(((Number) stored.get("lat")).doubleValue(), within(1e-7));
            JsonNode xy = mercator.get("features").get(i).get("geometry").get("coordinates");
            assertThat(xy.get(0).asDouble()).isCloseTo(((Number) stored.get("x")).doubleValue(), within(0.02));
            assertThat(xy.get(1).asDouble()).isCloseTo(((Number) stored.get("y")).doubleValue(), within(0.02));
        }
        JsonNode first = stops.get("features").get(0).get("properties");
        assertThat(first.get("vehicleLabel").asString()).isEqualTo(plans.vanA);
        assertThat(first.get("sequence").asInt()).isEqualTo(1);
        assertThat(first.get("arrival").asString()).isEqualTo("08:35");
        assertThat(first.get("departure").asString()).isEqualTo("08:45");
        assertThat(first.get("kind").asString()).isEqualTo("COC");
        assertThat(first.get("goods").asString()).endsWith(" 5");
        assertThat(first.get("deliveredKg").decimalValue()).isPositive();
    }

    @Test
    void comuniCarryRequestedAndAllocatedKilogramsOfTheVersion() {
        JsonNode comuni = getFeature("typeNames=comuni&srsName=EPSG:3857");

        assertThat(comuni.get("numberMatched").asInt())
                .isEqualTo(jdbc.queryForObject("select count(*) from comune", Integer.class));
        String istat = plans.stops.get(0).getComune().getIstatCode();
        JsonNode comune = null;
        for (JsonNode feature : comuni.get("features")) {
            if (feature.get("properties").get("istat").asString().equals(istat)) {
                comune = feature;
            }
        }
        assertThat(comune.get("properties").get("fillRatio").asDouble()).isEqualTo(0.5);
        assertThat(comune.get("properties").get("allocatedKg").asDouble() * 2)
                .isCloseTo(comune.get("properties").get("requestedKg").asDouble(), within(0.11));
        assertThat(comune.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        Map<String, Object> firstPoint = jdbc.queryForMap("select ST_X(ST_Transform(p, 3857)) as x,"
                + " ST_Y(ST_Transform(p, 3857)) as y from (select ST_PointN(ST_ExteriorRing(ST_GeometryN(boundary, 1)),"
                + " 1) as p from comune where istat_code = ?) q", istat);
        JsonNode served = comune.get("geometry").get("coordinates").get(0).get(0).get(0);
        assertThat(served.get(0).asDouble()).isCloseTo(((Number) firstPoint.get("x")).doubleValue(), within(0.02));
        assertThat(served.get(1).asDouble()).isCloseTo(((Number) firstPoint.get("y")).doubleValue(), within(0.02));
    }

    @Test
    void sitesListEverySiteWithItsKind() {
        JsonNode sites = getFeature("typeNames=cisiamo:sites&propertyName=kind,name");

        assertThat(sites.get("numberMatched").asInt())
                .isEqualTo(jdbc.queryForObject("select count(*) from site", Integer.class));
        Set<String> kinds = new HashSet<>();
        sites.get("features").forEach(site -> kinds.add(site.get("properties").get("kind").asString()));
        assertThat(kinds).contains("DEPOT", "COC");
        assertThat(sites.get("features").get(0).get("properties").propertyNames()).containsExactly("kind", "name");
    }

    @Test
    void bboxFiltersInEitherAxisOrderAndInWebMercator() {
        Site site = plans.stops.get(0);
        double lon = site.getLocation().getX();
        double lat = site.getLocation().getY();
        double d = 0.0005;
        String latLon = (lat - d) + "," + (lon - d) + "," + (lat + d) + "," + (lon + d);
        String lonLat = (lon - d) + "," + (lat - d) + "," + (lon + d) + "," + (lat + d);
        Map<String, Object> xy = jdbc.queryForMap("select ST_X(ST_Transform(location, 3857)) as x,"
                + " ST_Y(ST_Transform(location, 3857)) as y from site where id = ?", site.getId());
        double x = ((Number) xy.get("x")).doubleValue();
        double y = ((Number) xy.get("y")).doubleValue();

        assertThat(stopSites("bbox=" + latLon + ",urn:ogc:def:crs:EPSG::4326")).containsExactly(site.getId());
        assertThat(stopSites("bbox=" + latLon)).containsExactly(site.getId());
        assertThat(stopSites("bbox=" + lonLat + ",EPSG:4326")).containsExactly(site.getId());
        assertThat(stopSites("srsName=EPSG:4326&bbox=" + lonLat)).containsExactly(site.getId());
        assertThat(stopSites("bbox=" + lonLat + ",urn:ogc:def:crs:EPSG::4326")).isEmpty();
        assertThat(stopSites("srsName=EPSG:3857&bbox=" + (x - 50) + "," + (y - 50) + "," + (x + 50) + "," + (y + 50)))
                .containsExactly(site.getId());
        // The box's CRS may differ from the output CRS.
        assertThat(stopSites("srsName=EPSG:3857&bbox=" + lonLat + ",CRS:84")).containsExactly(site.getId());
        // GDAL sends its spatial filter as FES 2.0 XML, in the default CRS (latitude first).
        assertThat(stopSites("filter=" + encode("<Filter xmlns=\"http://www.opengis.net/fes/2.0\""
                + " xmlns:gml=\"http://www.opengis.net/gml/3.2\"><BBOX><ValueReference>geometry</ValueReference>"
                + "<gml:Envelope><gml:lowerCorner>" + (lat - d) + " " + (lon - d) + "</gml:lowerCorner>"
                + "<gml:upperCorner>" + (lat + d) + " " + (lon + d) + "</gml:upperCorner></gml:Envelope></BBOX>"
                + "</Filter>"))).containsExactly(site.getId());
        // A route passing through the box is found by its line, not only by its end points.
        JsonNode routes = getFeature("typeNames=routes&bbox=" + latLon);
        assertThat(routes.get("numberMatched").asInt()).isEqualTo(1);
    }

    @Test
    void pagesCoverEveryFeatureOnceAndLinkToTheNext() {
        JsonNode first = getFeature("typeNames=stops&count=2&startIndex=0");
        JsonNode second = getFeature("typeNames=stops&COUNT=2&STARTINDEX=2");

        assertThat(first.get("numberMatched").asInt()).isEqualTo(3);
        assertThat(first.get("numberReturned").asInt()).isEqualTo(2);
        assertThat(second.get("numberReturned").asInt()).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        first.get("features").forEach(feature -> ids.add(feature.get("id").asString()));
        second.get("features").forEach(feature -> ids.add(feature.get("id").asString()));
        List<String> all = new ArrayList<>();
        getFeature("typeNames=stops").get("features").forEach(feature -> all.add(feature.get("id").asString()));
        assertThat(ids).containsExactlyElementsOf(all);
        String next = first.get("links").get(0).get("href").asString();
        assertThat(first.get("links").get(0).get("rel").asString()).isEqualTo("next");
        assertThat(next).contains("startIndex=2").doesNotContain("startIndex=0");
        JsonNode followed = api.get(next.substring(api.baseUrl().length()), Auth.NONE).json();
        assertThat(followed.get("features").get(0).get("id").asString()).isEqualTo(all.get(2));
        assertThat(second.get("links").get(0).get("rel").asString()).isEqualTo("previous");
    }

    @Test
    void resourceIdsSelectFeatures() {
        JsonNode all = getFeature("typeNames=stops");
        String second = all.get("features").get(1).get("id").asString();

        JsonNode byId = getFeature("resourceId=" + second);
        JsonNode byFilter = getFeature("typeNames=stops&filter=" + encode("<fes:Filter"
                + " xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:ResourceId rid=\"" + second + "\"/>"
                + "</fes:Filter>"));

        assertThat(byId.get("features").get(0).get("id").asString()).isEqualTo(second);
        assertThat(byId.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(byFilter.get("features").get(0).get("id").asString()).isEqualTo(second);
    }

    @Test
    void hitsCountWithoutFeatures() {
        ApiClient.Response hits = wfs("service=WFS&version=2.0.0&request=GetFeature&typeNames=stops&resultType=hits"
                + "&date=" + PUBLISHED_DAY);

        assertThat(hits.status()).isEqualTo(200);
        Element collection = Xml.parse(hits.body()).getDocumentElement();
        assertThat(collection.getLocalName()).isEqualTo("FeatureCollection");
        assertThat(collection.getAttribute("numberMatched")).isEqualTo("3");
        assertThat(collection.getAttribute("numberReturned")).isEqualTo("0");
    }

    @Test
    void sortingAndOutputFormatNames() {
        JsonNode largest = getFeature("typeNames=comuni&sortBy=population DESC&count=1&outputFormat=json");
        ApiClient.Response geoJson = wfs("service=WFS&request=GetFeature&typeNames=sites&count=1"
                + "&outputFormat=application/geo%2Bjson");

        assertThat(largest.get("features").get(0).get("properties").get("istat").asString()).isEqualTo("015146");
        assertThat(geoJson.contentType()).startsWith("application/geo+json");
    }

    @Test
    void badRequestsGetAnExceptionReportNamingTheParameter() {
        String get = "service=WFS&version=2.0.0&request=GetFeature";
        assertException(wfs(get), 400, "MissingParameterValue", "typeNames");
        assertException(wfs("service=WFS&version=2.0.0"), 400, "MissingParameterValue", "request");
        assertException(wfs(get + "&typeNames=cisiamo:roads"), 400, "InvalidParameterValue", "typeNames");
        assertException(wfs(get + "&typeNames=stops&bbox=45.1,9.1,45.2"), 400, "InvalidParameterValue", "bbox");
        assertException(wfs(get + "&typeNames=stops&bbox=45.1,9.1,north,9.2"), 400, "InvalidParameterValue", "bbox");
        assertException(wfs(get + "&typeNames=stops&srsName=EPSG:32632"), 400, "InvalidParameterValue", "srsName");
        assertException(wfs(get + "&typeNames=stops&outputFormat=text/csv"), 400,
                "InvalidParameterValue", "outputFormat");
        assertException(wfs(get + "&typeNames=stops&count=-1"), 400, "InvalidParameterValue", "count");
        assertException(wfs(get + "&typeNames=stops&sortBy=colour"), 400, "InvalidParameterValue", "sortBy");
        assertException(wfs(get + "&typeNames=stops&date=" + PUBLISHED_DAY + "&version=9&planVersion=9"), 400,
                "InvalidParameterValue", "version");
        assertException(wfs(get + "&typeNames=stops&date=10/05/2034"), 400, "InvalidParameterValue", "date");
        assertException(api.get("/wfs/someday?service=WFS&request=GetCapabilities", Auth.NONE), 400,
                "InvalidParameterValue", "date");
        assertException(wfs(get + "&typeNames=stops&filter="
                + encode("<Filter xmlns=\"http://www.opengis.net/fes/2.0\">"
                + "<PropertyIsEqualTo><ValueReference>kind</ValueReference><Literal>COC</Literal></PropertyIsEqualTo>"
                + "</Filter>")), 501, "OptionNotSupported", "filter");
        assertException(wfs(get + "&typeNames=stops&filter=" + encode("<Filter><BBOX>")), 400,
                "InvalidParameterValue", "filter");
        assertException(wfs("service=WFS&version=2.0.0&request=Transaction"), 501, "OperationNotSupported",
                "request");
    }

    @Test
    void emptyIdsAndNonFiniteNumbersAreInvalidParameters() {
        String get = "service=WFS&version=2.0.0&request=GetFeature";
        assertException(wfs(get + "&resourceId=,"), 400, "InvalidParameterValue", "resourceId");
        assertException(wfs(get + "&typeNames=cisiamo:sites&resourceId=,%20,"), 400, "InvalidParameterValue",
                "resourceId");
        for (String bbox : new String[] {"NaN,NaN,NaN,NaN", "9,45,Infinity,46", "-Infinity,45,9.2,46",
                "9,45,1e400,46"}) {
            assertException(wfs(get + "&typeNames=cisiamo:sites&bbox=" + bbox), 400, "InvalidParameterValue", "bbox");
        }
        assertException(wfs(get + "&typeNames=cisiamo:sites&filter=" + encode(
                "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\">"
                + "<fes:BBOX><gml:Envelope><gml:lowerCorner>NaN 9</gml:lowerCorner>"
                + "<gml:upperCorner>46 9.3</gml:upperCorner></gml:Envelope></fes:BBOX></fes:Filter>")), 400,
                "InvalidParameterValue", "filter");
        assertException(wfs(get + "&typeNames=cisiamo:sites&filter=" + encode(
                "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:ResourceId rid=\"\"/></fes:Filter>")),
                400, "InvalidParameterValue", "filter");
    }

    @Test
    void draftsNeedAPlanner() {
        String draft = "service=WFS&request=GetFeature&outputFormat=json&typeNames=routes&date=" + PUBLISHED_DAY + "&version=2";

        ApiClient.Response anonymous = wfs(draft);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Bearer"))
                .noneMatch(value -> value.startsWith("Basic"));
        assertThat(api.get("/wfs?" + draft, api.bearer(accounts.coc("015146"))).status()).isEqualTo(403);

        ApiClient.Response planner = api.get("/wfs?" + draft, Auth.basic(accounts.planner()));
        assertThat(planner.status()).isEqualTo(200);
        JsonNode routes = planner.json();
        assertThat(routes.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(routes.get("features").get(0).get("properties").get("planVersion").asInt()).isEqualTo(2);
        assertThat(routes.get("features").get(0).get("properties").get("vehicleLabel").asString())
                .isEqualTo(plans.vanA);
        // A plain number as VERSION is the plan version; planVersion says the same without ambiguity.
        assertThat(api.get("/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=stops&date=" + PUBLISHED_DAY
                + "&planVersion=2&outputFormat=json", api.bearer(accounts.planner())).json().get("numberMatched").asInt()).isEqualTo(1);
    }

    @Test
    void aDayWithOnlyADraftShowsNoRoutesToThepublic() {
        JsonNode routes = wfs("service=WFS&request=GetFeature&outputFormat=json&typeNames=routes&date=" + DRAFT_ONLY_DAY).json();
        JsonNode comuni = wfs("service=WFS&request=GetFeature&outputFormat=json&typeNames=comuni&count=1&date="
                + DRAFT_ONLY_DAY).json();

        assertThat(routes.get("numberMatched").asInt()).isZero();
        assertThat(comuni.get("features").get(0).get("properties").get("planVersion").isNull()).isTrue();
        assertThat(comuni.get("features").get(0).get("properties").get("allocatedKg").isNull()).isTrue();
    }

    @Test
    void withoutADateTheLatestPublishedPlanIsShown() {
        LocalDate latest = jdbc.queryForObject("select max(p.delivery_date) from plan p join plan_version v"
                + " on v.plan_id = p.id where v.status = 'PUBLISHED'", LocalDate.class);

        JsonNode comuni = wfs("service=WFS&request=GetFeature&outputFormat=json&typeNames=comuni&count=1").json();

        assertThat(comuni.get("features").get(0).get("properties").get("date").asString())
                .isEqualTo(latest.toString());
    }

    private JsonNode getFeature(String query) {
        ApiClient.Response response = wfs("service=WFS&version=2.0.0&request=GetFeature&outputFormat=application/json"
                + "&date=" + PUBLISHED_DAY + "&" + query.replace(" ", "%20"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<Long> stopSites(String filter) {
        List<Long> sites = new ArrayList<>();
        getFeature("typeNames=stops&" + filter).get("features")
                .forEach(stop -> sites.add(stop.get("properties").get("siteId").asLong()));
        return sites;
    }

    private ApiClient.Response wfs(String query) {
        return api.get("/wfs?" + query, Auth.NONE);
    }


    private static long id(JsonNode feature) {
        String id = feature.get("id").asString();
        return Long.parseLong(id.substring(id.indexOf('.') + 1));
    }

    private static void assertCoordinates(JsonNode served, Coordinate[] stored, double tolerance) {
        assertThat(served.size()).isEqualTo(stored.length);
        for (int i = 0; i < stored.length; i++) {
            assertThat(served.get(i).get(0).asDouble()).isCloseTo(stored[i].x, within(tolerance));
            assertThat(served.get(i).get(1).asDouble()).isCloseTo(stored[i].y, within(tolerance));
        }
    }
}
