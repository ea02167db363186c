package gov.disclosure.reports.operations;

import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * Past its limit of requests in flight (here: none at all) the service refuses a submission at once, before it reads
 * the body, instead of queueing it; health still answers.
 */
@QuarkusTest
@TestProfile(BusyServiceTest.NothingAdmitted.class)
class BusyServiceTest {

    public static class NothingAdmitted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admission.max-in-flight", "0", "admission.retry-after", "3s");
        }
    }

    @Test
    void aSubmissionBeyondTheLimitIsA503ProblemWithRetryAfter() {
        given().contentType("application/json").body(Fixtures.newReport("ruzhou-szfb-2024").toString())
                .post("/api/v1/reports").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("type", is("/problems/service-unavailable"))
                .body("instance", is("/api/v1/reports"));
        given().contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/reports/bulk")
                .then().statusCode(503);
        given().get("/api/v1/reports").then().statusCode(503);
    }

    @Test
    void aCallerWhoPrefersChineseIsToldInChinese() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/api/v1/reports").then()
                .statusCode(503)
                .header("Content-Language", "zh-CN")
                .body("title", is("服务繁忙"))
                .body("detail", startsWith("服务繁忙："));
    }

    @Test
    void healthAndMetricsStillAnswer() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
