package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.LayerType;
import it.ccvmi.planner.api.layers.OutputCrs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * The WFS 2.0.0 capabilities document: service identification and provider, the operations of the Simple WFS
 * conformance class with their GET URLs, the conformance constraints actually met (KVP encoding, result
 * paging, ad hoc queries with the minimum spatial filter BBOX, sorting), the four feature types and the filter
 * capabilities.
 */
final class CapabilitiesDocument {

    private CapabilitiesDocument() {
    }

    /**
     * @param serviceUrl the URL the client called (scheme and host as it sees them), operations are bound to
     * @param extent     the longitude/latitude extent of the data
     */
    static byte[] write(String serviceUrl, Envelope extent) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        namespaces.put("wfs", XmlDocument.WFS);
        namespaces.put("ows", XmlDocument.OWS);
        namespaces.put("fes", XmlDocument.FES);
        namespaces.put("gml", XmlDocument.GML);
        namespaces.put("xlink", XmlDocument.XLINK);
        namespaces.put("xsi", XmlDocument.XSI);
        namespaces.put(LayerType.PREFIX, LayerType.NAMESPACE);
        XmlDocument xml = new XmlDocument("wfs:WFS_Capabilities", namespaces);
        xml.attribute("version", "2.0.0").attribute("xsi:schemaLocation",
                XmlDocument.WFS + " http://schemas.opengis.net/wfs/2.0/wfs.xsd");
        serviceIdentification(xml);
        serviceProvider(xml);
        operations(xml, serviceUrl);
        featureTypes(xml, extent);
        filterCapabilities(xml);
        return xml.end().finish();
    }

    private static void serviceIdentification(XmlDocument xml) {
        xml.start("ows:ServiceIdentification")
                .element("ows:Title", "Ci siAMO Planner map layers")
                .element("ows:Abstract", "Published delivery plans of the civil-protection volunteers of Città"
                        + " metropolitana di Milano: van routes, stops with ETAs, comuni with requested and allocated"
                        + " kilograms, logistic sites. Vendor parameters: date=YYYY-MM-DD (default: the latest"
                        + " published plan) and version=n (plan version; unpublished versions for planners only).")
                .start("ows:Keywords").element("ows:Keyword", "protezione civile")
                .element("ows:Keyword", "logistics").element("ows:Keyword", "Milano").end()
                .element("ows:ServiceType", "WFS").element("ows:ServiceTypeVersion", "2.0.0")
                .element("ows:Fees", "NONE").element("ows:AccessConstraints", "NONE").end();
    }

    private static void serviceProvider(XmlDocument xml) {
        xml.start("ows:ServiceProvider").element("ows:ProviderName", "CCV-MI Ci siAMO Planner")
                .start("ows:ServiceContact").element("ows:IndividualName", "Ci siAMO planners")
                .element("ows:PositionName", "Logistics planning").start("ows:ContactInfo").start("ows:Address")
                .element("ows:City", "Milano").element("ows:Country", "Italy").end().end()
                .element("ows:Role", "pointOfContact").end().end();
    }

    private static void operations(XmlDocument xml, String serviceUrl) {
        xml.start("ows:OperationsMetadata");
        operation(xml, serviceUrl, "GetCapabilities");
        parameter(xml, "AcceptVersions", List.of("2.0.0"));
        parameter(xml, "AcceptFormats", List.of("text/xml"));
        parameter(xml, "Sections", List.of("ServiceIdentification", "ServiceProvider", "OperationsMetadata",
                "FeatureTypeList", "Filter_Capabilities"));
        xml.end();
        operation(xml, serviceUrl, "DescribeFeatureType");
        parameter(xml, "outputFormat", List.of(OutputFormat.GML32.mediaType(), "application/json"));
        xml.end();
        operation(xml, serviceUrl, "ListStoredQueries");
        xml.end();
        operation(xml, serviceUrl, "DescribeStoredQueries");
        xml.end();
        operation(xml, serviceUrl, "GetFeature");
        parameter(xml, "outputFormat", OutputFormat.allNames());
        parameter(xml, "resultType", List.of("results", "hits"));
        parameter(xml, "resolve", List.of("none", "local"));
        xml.end();
        parameter(xml, "version", List.of("2.0.0"));
        for (Map.Entry<String, Boolean> constraint : conformance().entrySet()) {
            constraint(xml, "ows:Constraint", constraint.getKey(), constraint.getValue() ? "TRUE" : "FALSE");
        }
        xml.start("ows:Constraint").attribute("name", "QueryExpressions").start("ows:AllowedValues")
                .element("ows:Value", "wfs:Query").end().end();
        xml.end();
    }

    private static Map<String, Boolean> conformance() {
        Map<String, Boolean> constraints = new LinkedHashMap<>();
        constraints.put("ImplementsBasicWFS", false);
        constraints.put("ImplementsTransactionalWFS", false);
        constraints.put("ImplementsLockingWFS", false);
        constraints.put("KVPEncoding", true);
        constraints.put("XMLEncoding", false);
        constraints.put("SOAPEncoding", false);
        constraints.put("ImplementsInheritance", false);
        constraints.put("ImplementsRemoteResolve", false);
        constraints.put("ImplementsResultPaging", true);
        constraints.put("ImplementsStandardJoins", false);
        constraints.put("ImplementsSpatialJoins", false);
        constraints.put("ImplementsTemporalJoins", false);
        constraints.put("ImplementsFeatureVersioning", false);
        constraints.put("ManageStoredQueries", false);
        return constraints;
    }

    private static void operation(XmlDocument xml, String serviceUrl, String name) {
        xml.start("ows:Operation").attribute("name", name).start("ows:DCP").start("ows:HTTP")
                .empty("ows:Get").attribute("xlink:href", serviceUrl + "?").end().end();
    }

    private static void parameter(XmlDocument xml, String name, List<String> values) {
        xml.start("ows:Parameter").attribute("name", name).start("ows:AllowedValues");
        values.forEach(value -> xml.element("ows:Value", value));
        xml.end().end();
    }

    private static void constraint(XmlDocument xml, String element, String name, String value) {
        xml.start(element).attribute("name", name).empty("ows:NoValues").element("ows:DefaultValue", value).end();
    }

    private static void featureTypes(XmlDocument xml, Envelope extent) {
        xml.start("wfs:FeatureTypeList");
        for (LayerType type : LayerType.values()) {
            xml.start("wfs:FeatureType").element("wfs:Name", type.typeName()).element("wfs:Title", type.title())
                    .element("wfs:Abstract", type.description())
                    .element("wfs:DefaultCRS", OutputCrs.WGS84.urn())
                    .element("wfs:OtherCRS", OutputCrs.WEB_MERCATOR.urn())
                    .start("wfs:OutputFormats");
            OutputFormat.allNames().forEach(format -> xml.element("wfs:Format", format));
            xml.end().start("ows:WGS84BoundingBox")
                    .element("ows:LowerCorner", extent.getMinX() + " " + extent.getMinY())
                    .element("ows:UpperCorner", extent.getMaxX() + " " + extent.getMaxY()).end().end();
        }
        xml.end();
    }

    private static void filterCapabilities(XmlDocument xml) {
        xml.start("fes:Filter_Capabilities").start("fes:Conformance");
        Map<String, Boolean> filters = new LinkedHashMap<>();
        filters.put("ImplementsQuery", true);
        filters.put("ImplementsAdHocQuery", true);
        filters.put("ImplementsFunctions", false);
        filters.put("ImplementsResourceId", true);
        filters.put("ImplementsMinStandardFilter", false);
        filters.put("ImplementsStandardFilter", false);
        filters.put("ImplementsMinSpatialFilter", true);
        filters.put("ImplementsSpatialFilter", false);
        filters.put("ImplementsMinTemporalFilter", false);
        filters.put("ImplementsTemporalFilter", false);
        filters.put("ImplementsVersionNav", false);
        filters.put("ImplementsSorting", true);
        filters.put("ImplementsExtendedOperators", false);
        filters.put("ImplementsMinimumXPath", false);
        filters.put("ImplementsSchemaElementFunc", false);
        filters.forEach((name, met) -> constraint(xml, "fes:Constraint", name, met ? "TRUE" : "FALSE"));
        xml.end().start("fes:Id_Capabilities").empty("fes:ResourceIdentifier").attribute("name", "fes:ResourceId")
                .end().start("fes:Spatial_Capabilities").start("fes:GeometryOperands")
                .empty("fes:GeometryOperand").attribute("name", "gml:Envelope").end()
                .start("fes:SpatialOperators").empty("fes:SpatialOperator").attribute("name", "BBOX").end()
                .end().end();
    }
}
