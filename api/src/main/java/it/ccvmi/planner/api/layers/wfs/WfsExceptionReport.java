package it.ccvmi.planner.api.layers.wfs;

import it.ccvmi.planner.api.layers.LayerRequestException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** WFS errors as an OWS 1.1 ExceptionReport (version 2.0.0), the status given by OGC 06-121r9 table 28. */
@RestControllerAdvice(assignableTypes = WfsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WfsExceptionReport {

    @ExceptionHandler(WfsException.class)
    ResponseEntity<byte[]> wfsException(WfsException failure) {
        return report(failure.status(), failure.code(), failure.locator(), failure.getMessage());
    }

    /** An unknown plan version or date: a parameter value the service cannot serve. */
    @ExceptionHandler(LayerRequestException.class)
    ResponseEntity<byte[]> layerRequest(LayerRequestException failure) {
        return report(HttpStatus.BAD_REQUEST, "InvalidParameterValue", failure.parameter(), failure.getMessage());
    }

    private static ResponseEntity<byte[]> report(HttpStatus status, String code, String locator, String text) {
        XmlDocument xml = new XmlDocument("ows:ExceptionReport", Map.of("ows", XmlDocument.OWS));
        xml.attribute("version", "2.0.0").attribute("xml:lang", "en")
                .start("ows:Exception").attribute("exceptionCode", code).attribute("locator", locator)
                .element("ows:ExceptionText", text).end();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_XML).body(xml.end().finish());
    }
}
