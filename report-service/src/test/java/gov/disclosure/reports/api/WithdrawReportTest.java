package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static gov.disclosure.reports.ReportApi.body;
import static gov.disclosure.reports.ReportApi.latest;
import static gov.disclosure.reports.ReportApi.path;
import static gov.disclosure.reports.ReportApi.revise;
import static gov.disclosure.reports.ReportApi.submit;
import static gov.disclosure.reports.ReportApi.withdraw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WithdrawReportTest {

    @Test
    void withdrawalNeedsTheCurrentEtag() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        submit(report).then().statusCode(201);

        withdraw(report, null).then().statusCode(428).contentType("application/problem+json");
        withdraw(report, "\"7\"").then().statusCode(412).contentType("application/problem+json");
        latest(report).then().body("status", is("PUBLISHED"));
    }

    @Test
    void aWithdrawnReportStaysReadableAsANewRevision() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        submit(report).then().statusCode(201);

        withdraw(report, "\"1\"").then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("revision", is(2))
                .body("status", is("WITHDRAWN"));

        assertEquals(report, body(latest(report).then().statusCode(200).body("status", is("WITHDRAWN"))
                .extract().response()).get("report"));
        given().get(path(report) + "/revisions").then()
                .body("revision", contains(1, 2))
                .body("status", contains("PUBLISHED", "WITHDRAWN"));
        given().get(path(report) + "/revisions/1").then().body("status", is("PUBLISHED"));
    }

    @Test
    void withdrawingAgainChangesNothing() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        submit(report).then().statusCode(201);
        withdraw(report, "\"1\"").then().statusCode(200);

        withdraw(report, null).then().statusCode(200).body("revision", is(2));
        given().get(path(report) + "/revisions").then().body("size()", is(2));
    }

    @Test
    void aWithdrawnReportIsPublishedAgainByARevision() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        submit(report).then().statusCode(201);
        withdraw(report, "\"1\"").then().statusCode(200);

        submit(report).then().statusCode(428);
        revise(report, "\"2\"").then().statusCode(200).body("revision", is(3)).body("status", is("PUBLISHED"));
    }

    @Test
    void withdrawingAReportThatDoesNotExistIsNotFound() {
        withdraw(Fixtures.newReport("zhoukou-xzfwzx-2021"), "\"1\"").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
