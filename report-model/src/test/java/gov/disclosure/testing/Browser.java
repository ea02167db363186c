package gov.disclosure.testing;

import io.restassured.RestAssured;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser, for tests of the sign-in through {@link TestIdentityProvider}: asks for HTML as browsers do when a person
 * opens a page or follows a link, follows redirects (to the provider and back: more than the JDK client's five), keeps
 * cookies. Paths are of the service under test ({@link RestAssured#port}).
 */
public final class Browser {

    /** What a browser's Accept header says when it navigates. */
    public static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final int MAX_REDIRECTS = 12;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = getWithoutRedirects(path);
        for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = client.send(navigation(next), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    public HttpResponse<String> getWithoutRedirects(String path) throws IOException, InterruptedException {
        return client.send(navigation(URI.create("http://localhost:" + RestAssured.port + path)),
                HttpResponse.BodyHandlers.ofString());
    }

    public boolean hasCookie(String prefix) {
        return cookies.getCookieStore().getCookies().stream()
                .anyMatch(cookie -> cookie.getName().startsWith(prefix) && !cookie.hasExpired());
    }

    private static HttpRequest navigation(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", ACCEPT).timeout(TIMEOUT).GET().build();
    }
}
