package it.ccvmi.planner.api.layers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Namespace-aware XML parsing for the WFS documents in tests. */
final class Xml {

    static final String WFS = "http://www.opengis.net/wfs/2.0";
    static final String OWS = "http://www.opengis.net/ows/1.1";
    static final String FES = "http://www.opengis.net/fes/2.0";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String GML = "http://www.opengis.net/gml/3.2";

    private Xml() {
    }

    static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + text, e);
        }
    }

    static List<Element> elements(Document document, String namespace, String localName) {
        return list(document.getElementsByTagNameNS(namespace, localName));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The descendants of an element with that name ("*" for any). */
    static List<Element> elements(Element parent, String namespace, String localName) {
        return list(parent.getElementsByTagNameNS(namespace, localName));
    }

    static List<String> texts(Document document, String namespace, String localName) {
        return elements(document, namespace, localName).stream().map(Element::getTextContent).toList();
    }
}
