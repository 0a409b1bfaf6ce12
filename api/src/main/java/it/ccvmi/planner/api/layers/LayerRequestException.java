package it.ccvmi.planner.api.layers;

/** A layer request names a date, version or parameter value that cannot be served; names the parameter. */
public class LayerRequestException extends RuntimeException {

    private final String parameter;

    public LayerRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
