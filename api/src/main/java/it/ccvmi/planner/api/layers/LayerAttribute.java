package it.ccvmi.planner.api.layers;

/** One property of the features of a layer. */
public record LayerAttribute(String name, AttributeType type) {

    static LayerAttribute of(String name, AttributeType type) {
        return new LayerAttribute(name, type);
    }
}
