package it.ccvmi.planner.api.layers.wfs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The FILTER parameter (FES 2.0 XML), reduced to what this service declares: a single BBOX on the geometry
 * (what GDAL sends for a spatial filter) or a list of ResourceId. The envelope's srsName sets its axis
 * order; without one the query's srsName does (as for the BBOX parameter). Anything else is
 * OptionNotSupported, so a client never mistakes an ignored filter for an empty answer.
 */
record FesFilter(Envelope bbox, Set<String> resourceIds) {

    /** @param querySrs the CRS of the query, which an envelope without srsName is in */
    static FesFilter parse(String xml, CrsReference querySrs) {
        Element filter = document(xml);
        Element first = firstChild(filter);
        if (first == null) {
            throw unsupported("an empty filter");
        }
        if (first.getLocalName().equals("BBOX") && nextSibling(first) == null) {
            return new FesFilter(bbox(first, querySrs), null);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Element child = first; child != null; child = nextSibling(child)) {
            if (!child.getLocalName().equals("ResourceId")) {
                throw unsupported(child.getLocalName());
            }
            if (child.getAttribute("rid").isBlank()) {
                throw WfsException.invalid("filter", "a ResourceId names its feature in rid");
            }
            ids.add(child.getAttribute("rid"));
        }
        return new FesFilter(null, ids);
    }

    private static Envelope bbox(Element bbox, CrsReference querySrs) {
        Element envelope = null;
        for (Element child = firstChild(bbox); child != null; child = nextSibling(child)) {
            if (child.getLocalName().equals("Envelope")) {
                envelope = child;
            }
        }
        if (envelope == null) {
            throw WfsException.invalid("filter", "BBOX needs a gml:Envelope");
        }
        double[] corners = new double[4];
        int filled = 0;
        for (Element corner = firstChild(envelope); corner != null; corner = nextSibling(corner)) {
            String[] numbers = corner.getTextContent().trim().split("\\s+");
            if (numbers.length != 2 || filled > 2) {
                throw WfsException.invalid("filter", "an envelope corner is two numbers");
            }
            corners[filled++] = GetFeatureRequest.coordinate(numbers[0], "filter");
            corners[filled++] = GetFeatureRequest.coordinate(numbers[1], "filter");
        }
        if (filled != 4) {
            throw WfsException.invalid("filter", "an envelope has a lowerCorner and an upperCorner");
        }
        String srsName = envelope.getAttribute("srsName");
        CrsReference crs = srsName.isEmpty() ? querySrs : CrsReference.parse(srsName, "filter");
        return crs.toLonLat(corners);
    }

    private static Element document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Untrusted input: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            if (!root.getLocalName().equals("Filter")) {
                throw WfsException.invalid("filter", "the filter's root element is fes:Filter");
            }
            return root;
        } catch (WfsException e) {
            throw e;
        } catch (Exception e) {
            throw WfsException.invalid("filter", "the filter is not well-formed XML: " + e.getMessage());
        }
    }

    private static Element firstChild(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null && !(child instanceof Element)) {
            child = child.getNextSibling();
        }
        return (Element) child;
    }

    private static Element nextSibling(Node node) {
        Node sibling = node.getNextSibling();
        while (sibling != null && !(sibling instanceof Element)) {
            sibling = sibling.getNextSibling();
        }
        return (Element) sibling;
    }

    private static WfsException unsupported(String what) {
        return WfsException.optionNotSupported("filter", "filters other than one BBOX or ResourceIds are not"
                + " supported (got " + what + ")");
    }
}
