package gov.disclosure.reports.operations;

import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service holds a body in memory while it serves it, so it takes on only so many bytes of bodies at once: a
 * large body that would not fit beside one being received is refused at once (503, Retry-After), while requests
 * without a body go on; once the first body is gone, the large one is taken.
 */
@QuarkusTest
@TestProfile(BodyBudgetTest.OneMegabyteOfBodies.class)
class BodyBudgetTest {

    private static final int LARGE = 700_000;

    public static class OneMegabyteOfBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admission.max-body-bytes-in-flight", "1M");
        }
    }

    @Test
    void aLargeBodyBesideAnotherBeingReceivedIsRefusedUntilThatOneIsGone() throws Exception {
        try (Socket slowClient = new Socket("localhost", RestAssured.port)) {
            OutputStream out = slowClient.getOutputStream();
            out.write(("POST /api/v1/reports/bulk HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-ndjson\r\nAuthorization: Bearer " + Tokens.admin() + "\r\n"
                    + "Content-Length: " + LARGE + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            awaitRefusal();
            given().auth().oauth2(Tokens.admin()).get("/api/v1/reports").then().statusCode(200);
            assertTrue(chunkedBody().startsWith("HTTP/1.1 503"), "a body without Content-Length counts as the largest");
        }

        awaitAdmission();
    }

    /** The slow client's headers reach the service soon after they are sent: until then, the body is taken. */
    private static void awaitRefusal() throws InterruptedException {
        for (int attempt = 0; attempt < 100 && largeBody() != 503; attempt++) {
            Thread.sleep(50);
        }
        largeBodyRequest().then().statusCode(503)
                .header("Retry-After", "1")
                .body("type", is("/problems/service-unavailable"))
                .body("detail", is(not("")));
    }

    private static void awaitAdmission() throws InterruptedException {
        for (int attempt = 0; attempt < 100 && largeBody() == 503; attempt++) {
            Thread.sleep(50);
        }
        assertNotEquals(503, largeBody(), "the large body is taken once the other body is gone");
    }

    /** A small report sent in chunks: what the service answers first (status line to the body's first bytes). */
    private static String chunkedBody() throws Exception {
        try (Socket client = new Socket("localhost", RestAssured.port)) {
            client.getOutputStream().write(("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nAuthorization: Bearer " + Tokens.admin() + "\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            client.setSoTimeout(10_000);
            var answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[2048];
            int read;
            while (!answer.toString(StandardCharsets.UTF_8).endsWith("}") && (read = client.getInputStream().read(buffer)) > 0) {
                answer.write(buffer, 0, read);
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            assertTrue(!text.startsWith("HTTP/1.1 503") || text.contains("send its Content-Length"), text);
            return text;
        }
    }

    private static int largeBody() {
        return largeBodyRequest().statusCode();
    }

    private static io.restassured.response.Response largeBodyRequest() {
        return given().auth().oauth2(Tokens.admin()).contentType("application/x-ndjson")
                .body(new byte[LARGE]).post("/api/v1/reports/bulk");
    }
}
