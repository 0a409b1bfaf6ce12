package it.ccvmi.planner.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written byte by byte on a socket: for request lines no HTTP client sends (an unencoded
 * {@code <}, a malformed escape) and for requests from another loopback address (127.0.0.2, ...).
 */
public final class RawRequest {

    /** Status, headers (names lower-cased, all values) and body of the answer. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    private RawRequest() {
    }

    /** @param headerLines complete header lines ("Name: value") besides Host and Connection */
    public static Answer sendFrom(String localAddress, String baseUrl, String method, String target,
            String... headerLines) {
        URI base = URI.create(baseUrl);
        // The test server listens on every local address; IPv4 loopback, so that 127.0.0.x can be the source.
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), base.getPort(),
                InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: "
                    + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + " failed", e);
        }
    }

    public static Answer send(String baseUrl, String method, String target, String... headerLines) {
        return sendFrom("127.0.0.1", baseUrl, method, target, headerLines);
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        byte[] bytes = all.toByteArray();
        // The head is ASCII; chunk sizes count the body's bytes (Italian details hold multi-byte characters).
        String head = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        String[] lines = head.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", List.of("")).get(0))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        String sizes = new String(chunked, StandardCharsets.ISO_8859_1); // one char per byte: indexes agree
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = sizes.indexOf("\r\n", at);
            int size = Integer.parseInt(sizes.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
