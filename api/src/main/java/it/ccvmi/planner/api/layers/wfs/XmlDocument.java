package it.ccvmi.planner.api.layers.wfs;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small streaming XML writer for the WFS documents: prefixed elements, attributes, text. */
final class XmlDocument {

    static final String OWS = "http://www.opengis.net/ows/1.1";
    static final String WFS = "http://www.opengis.net/wfs/2.0";
    static final String FES = "http://www.opengis.net/fes/2.0";
    static final String GML = "http://www.opengis.net/gml/3.2";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;

    /** Starts the document with its root element declaring the given prefixes. */
    XmlDocument(String root, Map<String, String> namespaces) {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            namespaces.forEach(this::prefix);
            start(root);
            namespaces.forEach(this::namespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument start(String name) {
        return write(() -> xml.writeStartElement(name));
    }

    XmlDocument attribute(String name, Object value) {
        return write(() -> xml.writeAttribute(name, String.valueOf(value)));
    }

    XmlDocument text(Object text) {
        return write(() -> xml.writeCharacters(String.valueOf(text)));
    }

    XmlDocument end() {
        return write(xml::writeEndElement);
    }

    /** An element holding only text. */
    XmlDocument element(String name, Object text) {
        return start(name).text(text).end();
    }

    /** An element with no content. */
    XmlDocument empty(String name) {
        return write(() -> xml.writeEmptyElement(name));
    }

    byte[] finish() {
        write(xml::writeEndDocument);
        write(xml::close);
        return out.toByteArray();
    }

    private void prefix(String prefix, String uri) {
        write(() -> xml.setPrefix(prefix, uri));
    }

    private void namespace(String prefix, String uri) {
        write(() -> xml.writeNamespace(prefix, uri));
    }

    private XmlDocument write(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the XML document", e);
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
