package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.LayerType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ListStoredQueries and DescribeStoredQueries: the one stored query this service offers, GetFeatureById, which
 * every WFS 2.0 has to (ISO 19142, 7.9.3.6) and which returns any of the four feature types.
 */
final class StoredQueryDocuments {

    private static final String TITLE = "Un oggetto per identificativo (GetFeatureById)";

    private StoredQueryDocuments() {
    }

    static byte[] list() {
        XmlDocument xml = new XmlDocument("wfs:ListStoredQueriesResponse", namespaces());
        xml.start("wfs:StoredQuery").attribute("id", GetFeatureRequest.GET_FEATURE_BY_ID).element("wfs:Title", TITLE);
        for (LayerType type : LayerType.values()) {
            xml.element("wfs:ReturnFeatureType", type.typeName());
        }
        return xml.end().end().finish();
    }

    /** @param requested the STOREDQUERY_ID list, or null for every stored query */
    static byte[] describe(String requested) {
        if (requested != null) {
            Arrays.stream(requested.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                    .filter(id -> !id.equals(GetFeatureRequest.GET_FEATURE_BY_ID)).findFirst().ifPresent(id -> {
                        throw WfsException.invalid("storedQuery_id", "unknown stored query '" + id + "'; the one"
                                + " stored query is " + GetFeatureRequest.GET_FEATURE_BY_ID);
                    });
        }
        XmlDocument xml = new XmlDocument("wfs:DescribeStoredQueriesResponse", namespaces());
        xml.start("wfs:StoredQueryDescription").attribute("id", GetFeatureRequest.GET_FEATURE_BY_ID)
                .element("wfs:Title", TITLE)
                .element("wfs:Abstract", "Restituisce l'oggetto con l'identificativo dato, ad esempio routes.12 o"
                        + " comuni.015146 (the feature with the given id, e.g. routes.12).")
                .empty("wfs:Parameter").attribute("name", "ID").attribute("type", "xsd:string")
                .empty("wfs:QueryExpressionText")
                .attribute("returnFeatureTypes", Arrays.stream(LayerType.values()).map(LayerType::typeName)
                        .collect(Collectors.joining(" ")))
                .attribute("language", "urn:ogc:def:queryLanguage:OGC-WFS::WFS_QueryExpression")
                .attribute("isPrivate", true);
        return xml.end().end().finish();
    }

    private static Map<String, String> namespaces() {
        Map<String, String> namespaces = new LinkedHashMap<>();
        namespaces.put("wfs", XmlDocument.WFS);
        namespaces.put("xsd", XmlDocument.XSD);
        namespaces.put(LayerType.PREFIX, LayerType.NAMESPACE);
        return namespaces;
    }
}
