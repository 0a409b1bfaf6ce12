package it.ccvmi.planner.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problem documents for the errors that never reach a controller: Tomcat rejects some requests before any
 * servlet runs (an encoded {@code /} in a path, a malformed request line) and reports them with its
 * {@link ErrorReportValve}, here replaced by one that writes a problem document; errors raised while a request
 * is read (e.g. a query that is not valid UTF-8) are forwarded to {@code /error}, answered by
 * {@link ErrorPage} instead of Spring Boot's own JSON.
 */
@Configuration(proxyBeanMethods = false)
class ProblemErrorPages {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new TomcatValveCustomizer();
    }

    /** Runs after Spring Boot's customizer, which adds a plain {@link ErrorReportValve} to the host. */
    private static final class TomcatValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's last resort for an error nothing else answered: a problem document instead of an HTML page. */
    static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus shown = known == null ? HttpStatus.BAD_REQUEST : known;
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(ProblemJson.text(shown, detail(shown), null));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response committed meanwhile: nothing left to tell the client.
            }
        }
    }

    /** The target of Tomcat's error forward: the status and a fixed detail, never an exception text. */
    @RestController
    static final class ErrorPage implements ErrorController {

        @RequestMapping("/error")
        ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            HttpStatus known = code instanceof Integer status ? HttpStatus.resolve(status) : null;
            HttpStatus status = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
            problem.setTitle(ProblemTitles.of(status));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "la richiesta non è valida (il percorso o la query contengono caratteri non ammessi"
                    + " o non in UTF-8)";
            case NOT_FOUND -> "a questo indirizzo non c'è nulla";
            case METHOD_NOT_ALLOWED -> "questo metodo non è consentito qui";
            case CONTENT_TOO_LARGE -> "la richiesta è troppo grande";
            default -> status.is5xxServerError() ? "il servizio non ha potuto rispondere; l'errore è nel suo log"
                    : ProblemTitles.of(status);
        };
    }
}
