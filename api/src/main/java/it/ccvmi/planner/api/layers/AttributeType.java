package it.ccvmi.planner.api.layers;

/** The value type of a layer attribute, as XML Schema names it in DescribeFeatureType. */
public enum AttributeType {
    STRING("string"), INTEGER("int"), LONG("long"), DECIMAL("decimal"), DATE("date"), TIME("time");

    private final String xsdName;

    AttributeType(String xsdName) {
        this.xsdName = xsdName;
    }

    public String xsdName() {
        return xsdName;
    }
}
