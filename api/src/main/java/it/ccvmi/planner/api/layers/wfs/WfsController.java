package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.ComuneShapes;
import it.ccvmi.planner.api.layers.GeoJsonWriter;
import it.ccvmi.planner.api.layers.LayerFeature;
import it.ccvmi.planner.api.layers.LayerScope;
import it.ccvmi.planner.api.layers.LayerSource;
import it.ccvmi.planner.api.layers.LayerType;
import it.ccvmi.planner.api.layers.OutputCrs;
import it.ccvmi.planner.api.layers.PlanSelection;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import it.ccvmi.planner.planning.calendar.ServiceDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JsonGenerator;

/**
 * The WFS 2.0.0 endpoint (KVP over GET, or form-encoded POST): GetCapabilities, DescribeFeatureType,
 * ListStoredQueries, DescribeStoredQueries and GetFeature (ad hoc queries and the GetFeatureById stored query) with
 * GML 3.2 or GeoJSON output. {@code /wfs/{date}} is the same service fixed to one delivery date, for
 * clients that cannot add vendor parameters (a MapStore layer keeps only the service URL).
 */
@RestController
class WfsController {

    private static final MediaType XML = MediaType.APPLICATION_XML;
    private static final MediaType GML = MediaType.parseMediaType(OutputFormat.GML32.mediaType());
    private static final Set<String> PROTOCOL_VERSIONS = Set.of("2.0.0", "2.0", "1.1.0", "1.0.0");

    private final PlanSelection selection;
    private final LayerSource source;
    private final ComuneShapes comuni;
    private final Clock clock;

    WfsController(PlanSelection selection, LayerSource source, ComuneShapes comuni, Clock clock) {
        this.selection = selection;
        this.source = source;
        this.comuni = comuni;
        this.clock = clock;
    }

    @RequestMapping(path = {"/wfs", "/wfs/{date}"}, method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<?> wfs(@PathVariable(name = "date", required = false) String pathDate, HttpServletRequest request,
            @AuthenticationPrincipal PlannerPrincipal caller) {
        Kvp kvp = Kvp.of(request);
        LocalDate day = date(pathDate != null ? pathDate : kvp.get("date").orElse(null));
        kvp.get("service").filter(service -> !service.equalsIgnoreCase("WFS")).ifPresent(service -> {
            throw WfsException.invalid("service", "this is a WFS, not '" + service + "'");
        });
        String operation = kvp.require("request");
        switch (operation.toLowerCase(Locale.ROOT)) {
            case "getcapabilities":
                return capabilities(kvp);
            case "describefeaturetype":
                requireProtocolVersion(kvp);
                return describeFeatureType(kvp);
            case "liststoredqueries":
                requireProtocolVersion(kvp);
                return ResponseEntity.ok().contentType(XML).body(StoredQueryDocuments.list());
            case "describestoredqueries":
                requireProtocolVersion(kvp);
                return ResponseEntity.ok().contentType(XML)
                        .body(StoredQueryDocuments.describe(kvp.get("storedQuery_id").orElse(null)));
            case "getfeature":
                requireProtocolVersion(kvp);
                return getFeature(kvp, day, caller);
            default:
                throw WfsException.operationNotSupported(operation);
        }
    }

    private ResponseEntity<byte[]> capabilities(Kvp kvp) {
        kvp.get("AcceptVersions").ifPresent(accepted -> {
            if (Arrays.stream(accepted.split(",")).map(String::trim)
                    .noneMatch(version -> version.equals("2.0.0") || version.equals("2.0"))) {
                throw WfsException.versionNegotiationFailed(accepted);
            }
        });
        String serviceUrl = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
        return ResponseEntity.ok().contentType(XML).body(CapabilitiesDocument.write(serviceUrl, comuni.extent()));
    }

    private ResponseEntity<?> describeFeatureType(Kvp kvp) {
        List<LayerType> types = kvp.first("typeNames", "typeName")
                .map(names -> Arrays.stream(names.split(",")).map(String::trim).map(name -> LayerType.named(name)
                        .orElseThrow(() -> WfsException.invalid("typeNames", "unknown feature type '" + name + "'")))
                        .toList())
                .orElse(List.of(LayerType.values()));
        String format = kvp.get("outputFormat").orElse(GML.toString()).toLowerCase(Locale.ROOT);
        if (format.equals("application/json") || format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FeatureTypeSchema.json(types));
        }
        if (!format.contains("gml") && !format.contains("xml")) {
            throw WfsException.invalid("outputFormat", "DescribeFeatureType answers " + GML
                    + " or application/json, not '" + format + "'");
        }
        // The XML Schema type, which every client accepts for a GML 3.2 application schema.
        return ResponseEntity.ok().contentType(GML)
                .body(FeatureTypeSchema.xsd(types));
    }

    private ResponseEntity<byte[]> getFeature(Kvp kvp, LocalDate day, PlannerPrincipal caller) {
        GetFeatureRequest query = GetFeatureRequest.parse(kvp);
        LayerScope scope = selection.select(day, planVersion(kvp), caller);
        GetFeatureRequest.Page page = query.apply(source.features(query.type(), scope));
        String timeStamp = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        if (query.hits()) {
            return ResponseEntity.ok().contentType(XML).body(hits(page.numberMatched(), timeStamp));
        }
        if (query.byId()) {
            return featureById(query, page);
        }
        if (query.format() == OutputFormat.GML32) {
            return ResponseEntity.ok().contentType(GML).body(GmlWriter.featureCollection(page, query.type(),
                    query.srs(), query.selectedProperty(), timeStamp, pageUrl(query, page, true),
                    pageUrl(query, page, false)));
        }
        OutputCrs crs = query.srs().crs();
        byte[] body = GeoJsonWriter.featureCollection(page.features(), crs, query.selectedProperty(), json -> {
            json.writeNumberProperty("totalFeatures", page.numberMatched());
            json.writeNumberProperty("numberMatched", page.numberMatched());
            json.writeNumberProperty("numberReturned", page.features().size());
            json.writeStringProperty("timeStamp", timeStamp);
            if (crs == OutputCrs.WEB_MERCATOR) {
                json.writeName("crs");
                json.writePOJO(Map.of("type", "name", "properties", Map.of("name", crs.urn())));
            }
            links(json, query, page);
        });
        MediaType type = kvp.get("outputFormat").filter(format -> format.equalsIgnoreCase("application/geo+json"))
                .map(MediaType::parseMediaType).orElse(MediaType.APPLICATION_JSON);
        return ResponseEntity.ok().contentType(type).body(body);
    }

    /** GetFeatureById answers the feature itself, not a collection, and 404 when there is none. */
    private static ResponseEntity<byte[]> featureById(GetFeatureRequest query, GetFeatureRequest.Page page) {
        if (page.features().isEmpty()) {
            throw WfsException.notFound(query.resourceIds().iterator().next());
        }
        LayerFeature feature = page.features().get(0);
        if (query.format() == OutputFormat.GML32) {
            return ResponseEntity.ok().contentType(GML).body(GmlWriter.single(feature, query.type(), query.srs()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(GeoJsonWriter.feature(feature, query.srs().crs()));
    }

    /** Next and previous page links when the query asked for a page (count) and there is one. */
    private static void links(JsonGenerator json, GetFeatureRequest query, GetFeatureRequest.Page page) {
        if (query.count() == null) {
            return;
        }
        json.writeName("links");
        json.writeStartArray();
        for (boolean next : new boolean[] {true, false}) {
            String href = pageUrl(query, page, next);
            if (href != null) {
                json.writeStartObject();
                json.writeStringProperty("rel", next ? "next" : "previous");
                json.writeStringProperty("type", "application/json");
                json.writeStringProperty("href", href);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    /** The URL of the next (or previous) page, or null when the query is not paged or there is no such page. */
    private static String pageUrl(GetFeatureRequest query, GetFeatureRequest.Page page, boolean next) {
        if (query.count() == null) {
            return null;
        }
        int start = next ? query.startIndex() + query.count() : Math.max(0, query.startIndex() - query.count());
        if (next ? start >= page.numberMatched() : query.startIndex() == 0) {
            return null;
        }
        UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentRequest();
        // Parameter names are case-insensitive: drop every spelling before setting the new start.
        url.build().getQueryParams().keySet().stream().filter(name -> name.equalsIgnoreCase("startIndex"))
                .forEach(name -> url.replaceQueryParam(name));
        return url.queryParam("startIndex", start).build().toUriString();
    }

    private static byte[] hits(int numberMatched, String timeStamp) {
        XmlDocument xml = new XmlDocument("wfs:FeatureCollection", Map.of("wfs", XmlDocument.WFS));
        return xml.attribute("numberMatched", numberMatched).attribute("numberReturned", 0)
                .attribute("timeStamp", timeStamp).end().finish();
    }

    /** VERSION is the protocol version (n.n.n); a plain number there is the plan version (vendor use). */
    private static void requireProtocolVersion(Kvp kvp) {
        kvp.all("version").stream().filter(version -> version.contains(".")).forEach(version -> {
            if (!PROTOCOL_VERSIONS.contains(version)) {
                throw WfsException.invalid("version", "WFS version " + version + " is not supported; use 2.0.0");
            }
        });
    }

    private static Integer planVersion(Kvp kvp) {
        String value = kvp.get("planVersion")
                .or(() -> kvp.all("version").stream().filter(v -> !v.contains(".")).findFirst()).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw WfsException.invalid("version", "the plan version '" + value + "' is not a number");
        }
    }

    /** The day of the path ({@code /wfs/2034-05-10}) or of the date parameter; null for the default. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (ServiceDates.accepts(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            throw WfsException.invalid("date", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
        throw WfsException.invalid("date", "'" + value + "' is out of range (" + ServiceDates.RANGE + ")");
    }
}
