package gov.disclosure.rollups.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** With its database unreachable, every API request is answered 503 with Retry-After, as a problem; not ready. */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
class DatabaseDownTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/nowhere",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }
    }

    @Test
    void requestsAreAnsweredServiceUnavailableWithRetryAfter() {
        for (String path : List.of("/api/v1/rollups/410000/2024", "/api/v1/rollups/410000?from=2023&to=2024",
                "/api/v1/rollups/410000/2024/reports", "/api/v1/admin/dead-letters")) {
            given().get(path).then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", is("5"))
                    .body("type", is("/problems/service-unavailable"));
        }
        given().post("/api/v1/admin/rollups/rebuild").then().statusCode(503).header("Retry-After", is("5"));
    }

    @Test
    void readinessIsDown() {
        given().get("/q/health/ready").then().statusCode(503);
        given().get("/q/health/live").then().statusCode(200);
    }
}
