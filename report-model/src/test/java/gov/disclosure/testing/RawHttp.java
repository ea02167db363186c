package gov.disclosure.testing;

import io.restassured.RestAssured;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * Requests exactly as written, for hostile input: any header value (an empty or broken Content-Type), any bytes, any
 * raw path. REST Assured would encode or refuse some of them. Every request has a deadline, so that a hang fails.
 */
public final class RawHttp {

    /** How long an answer may take before the request counts as a hang. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What came back: the status (0 for no answer within the deadline), the Content-Type and the body. */
    public record Answer(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {

        public boolean hung() {
            return status == 0;
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
        }
    }

    private RawHttp() {
    }

    /**
     * @param rawPathAndQuery sent as is (already percent-encoded where it should be)
     * @param headers         names and values; a token is not added unless given
     */
    public static Answer send(String method, String rawPathAndQuery, Map<String, String> headers, byte[] body) {
        URI uri;
        try {
            uri = new URI("http://localhost:" + RestAssured.port + rawPathAndQuery);
        } catch (java.net.URISyntaxException notAUri) {
            return overSocket(method, rawPathAndQuery, headers, body); // %ZZ and the like: java.net refuses to send them
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(DEADLINE)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                    response.body(), response.headers().map());
        } catch (HttpTimeoutException hang) {
            return new Answer(0, "", "no answer within " + DEADLINE, Map.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("request " + method + " " + rawPathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HTTP/1.1 by hand, for a request target no URI class accepts. */
    private static Answer overSocket(String method, String target, Map<String, String> headers, byte[] body) {
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\nContent-Length: " + (body == null ? 0 : body.length) + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            var out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int end = response.indexOf("\r\n\r\n");
            String type = response.lines().limit(50).filter(line -> line.toLowerCase(java.util.Locale.ROOT)
                    .startsWith("content-type:")).map(line -> line.substring(13).trim()).findFirst().orElse("");
            return new Answer(status, type, end < 0 ? "" : response.substring(end + 4), Map.of());
        } catch (java.net.SocketTimeoutException hang) {
            return new Answer(0, "", "no answer within " + DEADLINE, Map.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("request " + method + " " + target + " failed", e);
        }
    }

    /** The same, as an admin unless the headers carry a token. */
    public static Answer asAdmin(String method, String rawPathAndQuery, Map<String, String> headers, byte[] body) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putIfAbsent("Authorization", "Bearer " + Tokens.admin());
        return send(method, rawPathAndQuery, all, body);
    }
}
