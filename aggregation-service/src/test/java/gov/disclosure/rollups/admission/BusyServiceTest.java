package gov.disclosure.rollups.admission;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Past its limit of requests in flight (here: none at all) the service refuses at once; health still answers. */
@QuarkusTest
@TestProfile(BusyServiceTest.NothingAdmitted.class)
class BusyServiceTest {

    public static class NothingAdmitted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admission.max-in-flight", "0", "admission.retry-after", "2s");
        }
    }

    @Test
    void aRequestBeyondTheLimitIsA503ProblemWithRetryAfter() {
        given().get("/api/v1/rollups/410000/2024").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", is("/problems/service-unavailable"))
                .body("status", is(503))
                .body("instance", is("/api/v1/rollups/410000/2024"));
        given().get("/regions/410000").then().statusCode(503);
    }

    @Test
    void healthAndMetricsStillAnswer() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
