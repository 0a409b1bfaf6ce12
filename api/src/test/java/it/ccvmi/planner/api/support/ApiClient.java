package it.ccvmi.planner.api.support;

import it.ccvmi.planner.api.support.TestAccounts.Account;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the test server, signed in as nobody, with HTTP Basic, or with a bearer token. */
@TestComponent
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Environment environment;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    ApiClient(Environment environment) {
        this.environment = environment;
    }

    /** How a request signs in. */
    public sealed interface Auth {

        Auth NONE = new None();

        static Auth basic(Account account) {
            return new Basic(account);
        }

        record None() implements Auth {
        }

        record Basic(Account account) implements Auth {
        }

        record Bearer(String token) implements Auth {
        }
    }

    /** An answer: status, headers and body as text, with the body parsed as JSON on demand. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    /** A bearer token of the account, issued once through the API and reused. */
    public Auth bearer(Account account) {
        String token = tokens.computeIfAbsent(account.username(), name -> {
            Response issued = post("/api/v1/auth/tokens", Auth.basic(account), "{}");
            if (issued.status() != 201) {
                throw new IllegalStateException("cannot issue a token for " + name + ": " + issued);
            }
            return issued.json().get("token").asString();
        });
        return new Auth.Bearer(token);
    }

    public Response get(String path, Auth auth) {
        return send(path, auth, "GET", BodyPublishers.noBody(), null, null);
    }

    /** GET with an Accept header, for endpoints that answer several formats. */
    public Response get(String path, Auth auth, String accept) {
        return send(path, auth, "GET", BodyPublishers.noBody(), null, accept);
    }

    public Response post(String path, Auth auth, String json) {
        return send(path, auth, "POST", BodyPublishers.ofString(json), "application/json", null);
    }

    public Response put(String path, Auth auth, String json) {
        return send(path, auth, "PUT", BodyPublishers.ofString(json), "application/json", null);
    }

    public Response delete(String path, Auth auth) {
        return send(path, auth, "DELETE", BodyPublishers.noBody(), null, null);
    }

    /** Sends a body of any type (CSV uploads, malformed JSON). */
    public Response send(String path, Auth auth, String method, String body, String contentType) {
        return send(path, auth, method, BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType, null);
    }

    /** Sends a body with one more header (If-Match). */
    public Response send(String path, Auth auth, String method, String body, String contentType, String header,
            String value) {
        return send(path, auth, method, BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType, null,
                header, value);
    }

    /** @param extraHeaders name, value, name, value... */
    private Response send(String path, Auth auth, String method, BodyPublisher body, String contentType,
            String accept, String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).method(method, body);
        for (int i = 0; i < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (auth instanceof Auth.Basic basic) {
            String credentials = basic.account().username() + ":" + basic.account().password();
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        } else if (auth instanceof Auth.Bearer bearer) {
            request.header("Authorization", "Bearer " + bearer.token());
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }
}
