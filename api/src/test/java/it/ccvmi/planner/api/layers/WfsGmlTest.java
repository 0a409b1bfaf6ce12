package it.ccvmi.planner.api.layers;

import static it.ccvmi.planner.api.layers.LayerTestPlans.PUBLISHED_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/** GetFeature in GML 3.2 (the WFS 2.0 default) and the Simple WFS stored queries. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WfsGmlTest {

    private static final String NS = LayerType.NAMESPACE;
    private static final String GET = "service=WFS&version=2.0.0&request=GetFeature&date=" + PUBLISHED_DAY;

    @Autowired
    ApiClient api;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void buildPlans() {
        LayerTestPlans.in(context);
    }

    @Test
    void getFeatureAnswersGml32ByDefaultWithLatitudeFirstForTheOgcName() {
        ApiClient.Response response = wfs(GET + "&typeNames=stops&sortBy=vehicleLabel,sequence");
        JsonNode json = json(GET + "&typeNames=stops&sortBy=vehicleLabel,sequence");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/gml+xml").contains("version=3.2");
        Document gml = Xml.parse(response.body());
        Element collection = gml.getDocumentElement();
        assertThat(collection.getNamespaceURI()).isEqualTo(Xml.WFS);
        assertThat(collection.getLocalName()).isEqualTo("FeatureCollection");
        assertThat(collection.getAttribute("numberMatched")).isEqualTo("3");
        assertThat(collection.getAttribute("numberReturned")).isEqualTo("3");
        List<Element> stops = Xml.elements(gml, NS, "stops");
        assertThat(stops).hasSize(3);
        assertThat(Xml.elements(gml, Xml.WFS, "member")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Element stop = stops.get(i);
            JsonNode feature = json.get("features").get(i);
            assertThat(stop.getAttributeNS(Xml.GML, "id")).isEqualTo(feature.get("id").asString());
            Element point = child(stop, Xml.GML, "Point");
            assertThat(point.getAttribute("srsName")).isEqualTo("urn:ogc:def:crs:EPSG::4326");
            double[] latLon = numbers(child(point, Xml.GML, "pos").getTextContent());
            JsonNode lonLat = feature.get("geometry").get("coordinates");
            assertThat(latLon[0]).isCloseTo(lonLat.get(1).asDouble(), within(1e-9));
            assertThat(latLon[1]).isCloseTo(lonLat.get(0).asDouble(), within(1e-9));
            assertThat(text(stop, "siteName")).isEqualTo(feature.get("properties").get("siteName").asString());
            assertThat(text(stop, "sequence")).isEqualTo(feature.get("properties").get("sequence").asString());
            // xsd:time has seconds; the GeoJSON keeps the shorter ISO form.
            assertThat(text(stop, "arrival")).matches("\\d\\d:\\d\\d:\\d\\d")
                    .startsWith(feature.get("properties").get("arrival").asString());
        }
    }

    @Test
    void theShortAndProjectedNamesKeepTheirAxisOrderAndSaySo() {
        Document lonFirst = Xml.parse(wfs(GET + "&typeNames=sites&srsName=EPSG:4326&count=1&sortBy=siteId").body());
        Document mercator = Xml.parse(wfs(GET + "&typeNames=sites&srsName=EPSG:3857&count=1&sortBy=siteId").body());
        JsonNode json = json(GET + "&typeNames=sites&srsName=EPSG:3857&count=1&sortBy=siteId");
        JsonNode lonLat = json(GET + "&typeNames=sites&count=1&sortBy=siteId").get("features").get(0)
                .get("geometry").get("coordinates");

        Element point = Xml.elements(lonFirst, Xml.GML, "Point").get(0);
        assertThat(point.getAttribute("srsName")).isEqualTo("urn:ogc:def:crs:OGC:1.3:CRS84");
        double[] xy = numbers(child(point, Xml.GML, "pos").getTextContent());
        assertThat(xy[0]).isCloseTo(lonLat.get(0).asDouble(), within(1e-9));
        assertThat(xy[1]).isCloseTo(lonLat.get(1).asDouble(), within(1e-9));

        Element projected = Xml.elements(mercator, Xml.GML, "Point").get(0);
        assertThat(projected.getAttribute("srsName")).isEqualTo("urn:ogc:def:crs:EPSG::3857");
        double[] en = numbers(child(projected, Xml.GML, "pos").getTextContent());
        JsonNode expected = json.get("features").get(0).get("geometry").get("coordinates");
        assertThat(en[0]).isCloseTo(expected.get(0).asDouble(), within(0.001));
        assertThat(en[1]).isCloseTo(expected.get(1).asDouble(), within(0.001));
    }

    @Test
    void routesAreLineStringsAndComuniMultiSurfaces() {
        Document routes = Xml.parse(wfs(GET + "&typeNames=routes").body());
        JsonNode routesJson = json(GET + "&typeNames=routes");
        Document comuni = Xml.parse(wfs(GET + "&typeNames=comuni&resourceId=comuni.015146").body());

        List<Element> lines = Xml.elements(routes, Xml.GML, "LineString");
        assertThat(lines).hasSize(2);
        for (int i = 0; i < lines.size(); i++) {
            int positions = routesJson.get("features").get(i).get("geometry").get("coordinates").size();
            assertThat(numbers(child(lines.get(i), Xml.GML, "posList").getTextContent())).hasSize(2 * positions);
        }
        Element milano = Xml.elements(comuni, NS, "comuni").get(0);
        assertThat(text(milano, "name")).isEqualTo("Milano");
        Element surface = child(child(milano, NS, "geometry"), Xml.GML, "MultiSurface");
        Element polygon = child(child(surface, Xml.GML, "surfaceMember"), Xml.GML, "Polygon");
        double[] ring = numbers(child(child(child(polygon, Xml.GML, "exterior"), Xml.GML, "LinearRing"), Xml.GML,
                "posList").getTextContent());
        assertThat(ring.length).isGreaterThan(8);
        assertThat(ring[0]).as("a latitude first").isBetween(45.3, 45.6);
        // Every gml:id in a document is unique.
        List<String> ids = Xml.elements(comuni, "*", "*").stream().map(e -> e.getAttributeNS(Xml.GML, "id"))
                .filter(id -> !id.isEmpty()).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("comuni.015146");
    }

    @Test
    void pagesLinkToTheNextInGmlToo() {
        Element first = Xml.parse(wfs(GET + "&typeNames=stops&count=2").body()).getDocumentElement();
        Element last = Xml.parse(wfs(GET + "&typeNames=stops&count=2&startIndex=2").body()).getDocumentElement();

        assertThat(first.getAttribute("numberReturned")).isEqualTo("2");
        assertThat(first.getAttribute("next")).contains("startIndex=2").contains("count=2");
        assertThat(first.hasAttribute("previous")).isFalse();
        assertThat(last.getAttribute("numberReturned")).isEqualTo("1");
        assertThat(last.hasAttribute("next")).isFalse();
        assertThat(last.getAttribute("previous")).contains("startIndex=0");
    }

    @Test
    void getFeatureByIdAnswersTheFeatureItself() {
        String id = json(GET + "&typeNames=stops").get("features").get(1).get("id").asString();
        String byId = "service=WFS&version=2.0.0&request=GetFeature&date=" + PUBLISHED_DAY
                + "&storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=" + id;

        Element feature = Xml.parse(wfs(byId).body()).getDocumentElement();
        assertThat(feature.getNamespaceURI()).isEqualTo(NS);
        assertThat(feature.getLocalName()).isEqualTo("stops");
        assertThat(feature.getAttributeNS(Xml.GML, "id")).isEqualTo(id);
        JsonNode geoJson = api.get("/wfs?" + byId + "&outputFormat=application/json", Auth.NONE).json();
        assertThat(geoJson.get("type").asString()).isEqualTo("Feature");
        assertThat(geoJson.get("id").asString()).isEqualTo(id);

        WfsAssertions.assertException(wfs(byId.replace(id, "stops.999999999")), 404, "NotFound", "ID");
        WfsAssertions.assertException(wfs(byId.replace("GetFeatureById", "GetFeatureByName")), 400,
                "InvalidParameterValue", "storedQuery_id");
        WfsAssertions.assertException(wfs(byId.replace("&ID=" + id, "")), 400, "MissingParameterValue", "ID");
    }

    @Test
    void theStoredQueryIsListedAndDescribed() {
        Document list = Xml.parse(wfs("service=WFS&version=2.0.0&request=ListStoredQueries").body());
        Document description = Xml.parse(wfs("service=WFS&version=2.0.0&request=DescribeStoredQueries"
                + "&storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById").body());

        assertThat(list.getDocumentElement().getLocalName()).isEqualTo("ListStoredQueriesResponse");
        assertThat(Xml.elements(list, Xml.WFS, "StoredQuery")).extracting(e -> e.getAttribute("id"))
                .containsExactly("urn:ogc:def:query:OGC-WFS::GetFeatureById");
        assertThat(Xml.texts(list, Xml.WFS, "ReturnFeatureType"))
                .containsExactly("cisiamo:routes", "cisiamo:stops", "cisiamo:comuni", "cisiamo:sites");
        assertThat(description.getDocumentElement().getLocalName()).isEqualTo("DescribeStoredQueriesResponse");
        assertThat(Xml.elements(description, Xml.WFS, "Parameter")).extracting(e -> e.getAttribute("name"))
                .containsExactly("ID");
        WfsAssertions.assertException(wfs("service=WFS&version=2.0.0&request=DescribeStoredQueries"
                + "&storedQuery_id=urn:example:query"), 400, "InvalidParameterValue", "storedQuery_id");
    }

    private ApiClient.Response wfs(String query) {
        return api.get("/wfs?" + query, Auth.NONE);
    }

    private JsonNode json(String query) {
        ApiClient.Response response = wfs(query + "&outputFormat=application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String text(Element feature, String property) {
        return child(feature, NS, property).getTextContent();
    }

    private static Element child(Element parent, String namespace, String localName) {
        List<Element> found = Xml.elements(parent, namespace, localName);
        assertThat(found).as(localName + " in " + parent.getTagName()).isNotEmpty();
        return found.get(0);
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
