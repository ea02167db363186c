package gov.disclosure.rollups;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

/** An admin's rebuild, which runs in the background: asked for, then awaited until it has answered the request. */
public final class Rebuilds {

    public static final String REBUILD = "/api/v1/admin/rollups/rebuild";

    private Rebuilds() {
    }

    /** Asks for a rebuild and waits until one that began after the request has finished; its status. */
    public static JsonPath requestAndAwait() {
        JsonPath asked = given().post(REBUILD).then().statusCode(202).header("Location", endsWith(REBUILD))
                .extract().jsonPath();
        return awaitAnswered(Instant.parse(asked.getString("requestedAt")));
    }

    /** Waits until a rebuild that began at or after {@code requested} has finished; its status. */
    public static JsonPath awaitAnswered(Instant requested) {
        AtomicReference<JsonPath> status = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            status.set(given().get(REBUILD).then().statusCode(200).extract().jsonPath());
            String started = status.get().getString("startedAt");
            return "DONE".equals(status.get().getString("state")) && started != null
                    && !Instant.parse(started).isBefore(requested);
        });
        return status.get();
    }
}
