package gov.disclosure.reports.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/**
 * With its database unreachable the service is not ready (and stays alive, to be ready again once it is back), and
 * every request that needs the database is answered 503 with Retry-After, as a problem.
 */
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
        for (var request : java.util.List.<java.util.function.Supplier<io.restassured.response.Response>>of(
                () -> given().get("/api/v1/reports"),
                () -> given().get("/api/v1/agencies/410482-szfb/reports/2024"),
                () -> given().contentType("application/json")
                        .body(gov.disclosure.reports.Fixtures.newReport("ruzhou-szfb-2024").toString())
                        .post("/api/v1/reports"),
                () -> given().get("/api/v1/imports"),
                () -> given().multiPart("file", "r.txt", gov.disclosure.reports.Fixtures.text("ruzhou-szfb-2024")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain").post("/api/v1/imports"))) {
            request.get().then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", is("5"))
                    .body("type", is("/problems/service-unavailable"));
        }
    }

    @Test
    void readinessIsDownAndLivenessUp() {
        given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
