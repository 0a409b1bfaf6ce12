package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.LayerAttribute;
import it.ccvmi.planner.api.layers.LayerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DescribeFeatureType: the GML 3.2 application schema of the feature types (XML Schema, what QGIS and GDAL
 * read), or the same description as JSON in GeoServer's layout (what MapStore asks for with
 * outputFormat=application/json to list attributes).
 */
final class FeatureTypeSchema {

    private FeatureTypeSchema() {
    }

    static byte[] xsd(List<LayerType> types) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        namespaces.put("xsd", XmlDocument.XSD);
        namespaces.put("gml", XmlDocument.GML);
        namespaces.put(LayerType.PREFIX, LayerType.NAMESPACE);
        XmlDocument xml = new XmlDocument("xsd:schema", namespaces);
        xml.attribute("targetNamespace", LayerType.NAMESPACE).attribute("elementFormDefault", "qualified")
                .attribute("version", "1.0");
        xml.empty("xsd:import").attribute("namespace", XmlDocument.GML)
                .attribute("schemaLocation", "http://schemas.opengis.net/gml/3.2.1/gml.xsd");
        for (LayerType type : types) {
            xml.start("xsd:complexType").attribute("name", type.layerName() + "Type")
                    .start("xsd:complexContent").start("xsd:extension").attribute("base", "gml:AbstractFeatureType")
                    .start("xsd:sequence");
            property(xml, "geometry", GmlWriter.geometryPropertyType(type));
            for (LayerAttribute attribute : type.attributes()) {
                property(xml, attribute.name(), "xsd:" + attribute.type().xsdName());
            }
            xml.end().end().end().end();
            xml.empty("xsd:element").attribute("name", type.layerName())
                    .attribute("type", type.typeName() + "Type").attribute("substitutionGroup", "gml:AbstractFeature");
        }
        return xml.end().finish();
    }

    static Map<String, Object> json(List<LayerType> types) {
        List<Object> featureTypes = new ArrayList<>();
        for (LayerType type : types) {
            List<Object> properties = new ArrayList<>();
            properties.add(jsonProperty("geometry", "gml:" + type.geometryType(), type.geometryType()));
            for (LayerAttribute attribute : type.attributes()) {
                String xsdName = attribute.type().xsdName();
                properties.add(jsonProperty(attribute.name(), "xsd:" + xsdName, xsdName));
            }
            featureTypes.add(Map.of("typeName", type.layerName(), "properties", properties));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("elementFormDefault", "qualified");
        schema.put("targetNamespace", LayerType.NAMESPACE);
        schema.put("targetPrefix", LayerType.PREFIX);
        schema.put("featureTypes", featureTypes);
        return schema;
    }

    private static void property(XmlDocument xml, String name, String type) {
        xml.empty("xsd:element").attribute("name", name).attribute("type", type).attribute("minOccurs", 0)
                .attribute("maxOccurs", 1).attribute("nillable", true);
    }

    private static Map<String, Object> jsonProperty(String name, String type, String localType) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("maxOccurs", 1);
        property.put("minOccurs", 0);
        property.put("nillable", true);
        property.put("type", type);
        property.put("localType", localType);
        return property;
    }
}
