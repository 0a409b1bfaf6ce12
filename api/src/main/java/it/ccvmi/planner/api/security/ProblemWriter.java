package it.ccvmi.planner.api.security;

import it.ccvmi.planner.api.web.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * RFC 9457 problem documents for the answers Spring Security gives before any controller runs (401, 403).
 * The challenge names bearer tokens only: a {@code Basic} challenge would make a browser ask for the password
 * and then send it with every later request to the site, from any page. The calendar feeds are the exception:
 * calendar clients send their credentials only after a Basic challenge, and the feeds only read.
 */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/v1/coc/") && request.getRequestURI().endsWith(".ics")) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"Ci siAMO Planner\", charset=\"UTF-8\"");
        }
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Ci siAMO Planner\"");
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        ProblemJson.write(response, status, detail, request.getRequestURI());
    }
}
