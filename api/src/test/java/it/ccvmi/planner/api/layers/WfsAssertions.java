package it.ccvmi.planner.api.layers;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What every WFS error answers: an OWS 1.1 ExceptionReport naming the code and the parameter. */
final class WfsAssertions {

    private WfsAssertions() {
    }

    static void assertException(ApiClient.Response response, int status, String code, String locator) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        Document report = Xml.parse(response.body());
        assertThat(report.getDocumentElement().getLocalName()).isEqualTo("ExceptionReport");
        assertThat(report.getDocumentElement().getNamespaceURI()).isEqualTo(Xml.OWS);
        assertThat(report.getDocumentElement().getAttribute("version")).isEqualTo("2.0.0");
        Element exception = Xml.elements(report, Xml.OWS, "Exception").get(0);
        assertThat(exception.getAttribute("exceptionCode")).isEqualTo(code);
        assertThat(exception.getAttribute("locator")).isEqualTo(locator);
        assertThat(Xml.texts(report, Xml.OWS, "ExceptionText").get(0)).isNotBlank();
    }
}
