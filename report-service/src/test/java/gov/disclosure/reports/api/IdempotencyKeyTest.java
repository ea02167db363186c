package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static gov.disclosure.reports.ReportApi.body;
import static gov.disclosure.reports.ReportApi.path;
import static gov.disclosure.reports.ReportApi.revise;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void aRetriedPostGetsTheFirstAnswer() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String key = UUID.randomUUID().toString();

        Response first = post(report, key);
        Response retry = post(report, key);

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(body(first), body(retry));
    }

    @Test
    void theFirstAnswerStandsAfterTheReportChanged() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String key = UUID.randomUUID().toString();
        Response first = post(report, key);
        revise(ReviseReportTest.changed(report), "\"1\"").then().statusCode(200);

        Response retry = post(report, key);

        assertEquals(201, retry.statusCode());
        assertEquals(body(first), body(retry));
        given().get(path(report)).then().body("revision", is(2));
    }

    @Test
    void aKeyReusedForADifferentReportIsRefused() {
        String key = UUID.randomUUID().toString();
        post(Fixtures.newReport("ruzhou-szfb-2024"), key).then().statusCode(201);

        post(Fixtures.newReport("ruzhou-szfb-2024"), key).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/idempotency-key-reused"));
    }

    @Test
    void simultaneousRetriesStoreOneRevisionAndAllGetTheFirstAnswer() throws Exception {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        String key = UUID.randomUUID().toString();

        List<Response> answers = ReviseReportTest.simultaneously(
                () -> post(report, key), () -> post(report, key), () -> post(report, key));

        for (Response answer : answers) {
            assertEquals(201, answer.statusCode());
            assertEquals(body(answers.get(0)), body(answer));
        }
        given().get(path(report) + "/revisions").then().body("size()", is(1));
    }

    @Test
    void aKeyIsTheCallersOwn() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String key = "x".repeat(255);
        post(report, key).then().statusCode(201);

        given().header("Authorization", "Bearer " + gov.disclosure.testing.Tokens.submitter("410482", Fixtures.agencyId(report)))
                .contentType("application/json").header("Idempotency-Key", key).body(report.toString())
                .post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("revision", is(1));
    }

    @Test
    void anUnusableKeyIsABadRequestNamingTheHeader() {
        post(Fixtures.newReport("ruzhou-szfb-2024"), "x".repeat(256)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-parameter"))
                .body("errors[0].parameter", is("Idempotency-Key"));
    }

    private static Response post(ObjectNode report, String key) {
        return ReportApi.json(report).header("Idempotency-Key", key).post(ReportApi.REPORTS);
    }
}
