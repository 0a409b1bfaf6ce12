package it.ccvmi.planner.api.support;

import it.ccvmi.planner.api.PlannerApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One replica of the service: its own JVM ({@code java -cp} the test classpath, {@link PlannerApplication}) on a
 * free loopback port, with its own var directory, its log in a file. For the tests of several replicas on one
 * database; {@link #kill()} is a {@code kill -9}. Close it in a finally (try-with-resources): the process is killed.
 */
public final class Replica implements AutoCloseable {

    /** The first planner every replica creates or finds (the database is shared). */
    public static final String PLANNER = "planner";
    public static final String PASSWORD = "first-planner-secret";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKENS = "/api/v1/auth/tokens";

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    private Replica(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a replica with these Spring properties over the test defaults; returns at once (see {@link #awaitUp}). */
    public static Replica start(String name, Map<String, String> properties, Path workDir) {
        try {
            int port = freePort();
            Path varDir = Files.createDirectories(workDir.resolve(name));
            Path log = workDir.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), PlannerApplication.class.getName(),
                    "--server.port=" + port, "--server.address=127.0.0.1", "--cisiamo.var-dir=" + varDir,
                    "--cisiamo.security.first-planner.password=" + PASSWORD, "--cisiamo.demo-day.enabled=false",
                    "--cisiamo.solver.warm-up.enabled=false",
                    "--cisiamo.routing.graph-cache=" + TestRoadGraph.cacheDirectory().toAbsolutePath()));
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Replica(name, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start replica " + name, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the replica answers its health check UP (territory loaded). */
    public Replica awaitUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("replica " + name + " exited; its log: " + tail());
            }
            try {
                if (health() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        throw new IllegalStateException("replica " + name + " not up within " + timeout + "; its log: " + tail());
    }

    private int health() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).build(), BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("not listening", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    /** kill -9: the process gets no chance to hand anything on. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** An answer: status and body, parsed as JSON on demand. */
    public record Answer(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** With a bearer token this replica issued (HTTP Basic only to get it: a password check per call is slow). */
    private Answer send(String method, String path, String json) {
        String authorization = path.equals(TOKENS) ? basic() : "Bearer " + token();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " on replica " + name + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    private synchronized String token() {
        if (token == null) {
            Answer issued = send("POST", TOKENS, "{}");
            if (issued.status() / 100 != 2) {
                throw new IllegalStateException("no token from replica " + name + ": " + issued);
            }
            token = issued.json().get("token").asString();
        }
        return token;
    }

    private static String basic() {
        String credentials = PLANNER + ":" + PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** The events of a job's stream as this replica sends them ("event:" lines), until it closes or the timeout. */
    public List<String> eventNames(String jobId, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/plans/jobs/"
                        + jobId + "/events"))
                .timeout(timeout).header("Accept", "text/event-stream").header("Authorization", basic())
                .GET().build();
        List<String> names = new ArrayList<>();
        try (Stream<String> lines = http.send(request, BodyHandlers.ofLines()).body()) {
            lines.filter(line -> line.startsWith("event:")).map(line -> line.substring(6).trim())
                    .forEach(names::add);
        } catch (IOException | UncheckedIOException timedOut) {
            // the stream did not end in time: the events so far tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return names;
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
