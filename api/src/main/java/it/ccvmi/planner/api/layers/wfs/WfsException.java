package it.ccvmi.planner.api.layers.wfs;

import org.springframework.http.HttpStatus;

/**
 * An OWS exception (OGC 06-121r9, 8.3): its code, the parameter it is about (locator) and the HTTP status
 * the standard's table 28 gives the code.
 */
class WfsException extends RuntimeException {

    private final String code;
    private final String locator;
    private final HttpStatus status;

    private WfsException(String code, String locator, HttpStatus status, String message) {
        super(message);
        this.code = code;
        this.locator = locator;
        this.status = status;
    }

    static WfsException missing(String parameter) {
        return new WfsException("MissingParameterValue", parameter, HttpStatus.BAD_REQUEST,
                "the parameter " + parameter + " is required");
    }

    static WfsException invalid(String parameter, String message) {
        return new WfsException("InvalidParameterValue", parameter, HttpStatus.BAD_REQUEST, message);
    }

    static WfsException operationNotSupported(String operation) {
        return new WfsException("OperationNotSupported", "request", HttpStatus.NOT_IMPLEMENTED,
                "the operation " + operation + " is not supported; supported: GetCapabilities,"
                        + " DescribeFeatureType, ListStoredQueries, DescribeStoredQueries, GetFeature");
    }

    /** GetFeatureById of an id that names no feature (WFS 2.0.2, 7.9.3.6). */
    static WfsException notFound(String id) {
        return new WfsException("NotFound", "ID", HttpStatus.NOT_FOUND, "there is no feature '" + id + "'");
    }

    static WfsException optionNotSupported(String parameter, String message) {
        return new WfsException("OptionNotSupported", parameter, HttpStatus.NOT_IMPLEMENTED, message);
    }

    static WfsException versionNegotiationFailed(String accepted) {
        return new WfsException("VersionNegotiationFailed", "AcceptVersions", HttpStatus.BAD_REQUEST,
                "none of the versions " + accepted + " is supported; this service speaks WFS 2.0.0");
    }

    String code() {
        return code;
    }

    String locator() {
        return locator;
    }

    HttpStatus status() {
        return status;
    }
}
