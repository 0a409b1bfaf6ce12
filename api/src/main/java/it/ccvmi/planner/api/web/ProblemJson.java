package it.ccvmi.planner.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes a problem document straight to the servlet response, for the layers that answer before Spring MVC
 * runs (Spring Security, Tomcat's own error reports) and so cannot use {@link ProblemHandling}.
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text(status, detail, instance));
        response.getWriter().flush();
    }

    static String text(HttpStatus status, String detail, String instance) {
        return "{\"type\":\"about:blank\",\"title\":" + quote(ProblemTitles.of(status)) + ",\"status\":"
                + status.value() + ",\"detail\":" + quote(detail)
                + (instance == null ? "" : ",\"instance\":" + quote(instance)) + "}";
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    // Control characters and lone surrogates (which a UTF-8 writer cannot encode) are escaped.
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
