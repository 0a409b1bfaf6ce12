package it.ccvmi.planner.api.security;

import it.ccvmi.planner.api.web.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * RFC 9457 problem documents for the answers Spring Security gives before any controller runs (401, 403).
 * A challenge for HTTP Basic is sent unless the caller is a script of the console ({@code X-Requested-With}),
 * so browsers do not pop up a password dialog over the console.
 */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        if (request.getHeader("X-Requested-With") == null) {
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
