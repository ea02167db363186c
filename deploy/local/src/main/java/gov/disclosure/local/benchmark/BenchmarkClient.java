package gov.disclosure.local.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's calls of the two services, as an admin. */
final class BenchmarkClient {

    private static final Pattern REPORT_COUNT = Pattern.compile("\"reportCount\"\\s*:\\s*(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** HTTP/1.1: the JDK client's HTTP/2 (h2c) broke off under the open loop ("too many orphaned header frames") */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String reportService;
    private final String aggregationService;
    private final String token;

    BenchmarkClient(String reportService, String aggregationService, String token) {
        this.reportService = reportService;
        this.aggregationService = aggregationService;
        this.token = token;
    }

    /** Null when answered {@code expected}, else what it was answered. */
    String post(String path, String contentType, String body, int expected) {
        try {
            return verdict(http.send(postRequest(path, contentType, body), HttpResponse.BodyHandlers.ofString()), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postForResponse(String path, String contentType, String body) throws IOException,
            InterruptedException {
        return http.send(postRequest(path, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<String> postAsync(String path, String contentType, String body, int expected) {
        return http.sendAsync(postRequest(path, contentType, body), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> verdict(response, expected));
    }

    CompletableFuture<String> rollupAsync(String regionCode, int year) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(aggregationService + "/api/v1/rollups/" + regionCode + "/" + year))
                        .header("Authorization", "Bearer " + token).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(response -> verdict(response, 200));
    }

    /**
     * How many reports the country's rollup of {@code year} holds (0 before it has any); throws when the service
     * does not say (busy, say), so that a refused read is not taken for an empty rollup.
     */
    int reportsInRollups(int year) throws IOException, InterruptedException {
        HttpResponse<String> country = http.send(HttpRequest.newBuilder(
                        URI.create(aggregationService + "/api/v1/rollups/000000/" + year))
                .header("Authorization", "Bearer " + token).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (country.statusCode() == 404) {
            return 0;
        }
        Matcher count = REPORT_COUNT.matcher(country.body());
        if (country.statusCode() != 200 || !count.find()) {
            throw new IOException("the country's rollup answered " + country.statusCode());
        }
        return Integer.parseInt(count.group(1));
    }

    /** Waits until the rollups hold {@code expected} reports; the seconds it waited. */
    double awaitRollups(int year, int expected, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (countOrNone(year) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rollups did not hold all " + expected + " reports within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@link #reportsInRollups}, or -1 when the service did not say this time. */
    private int countOrNone(int year) throws InterruptedException {
        try {
            return reportsInRollups(year);
        } catch (IOException notNow) {
            return -1;
        }
    }

    private HttpRequest postRequest(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(reportService + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String verdict(HttpResponse<String> response, int expected) {
        if (response.statusCode() == expected) {
            return null;
        }
        String body = response.body();
        return "expected " + expected + ", got " + response.statusCode() + ": "
                + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
