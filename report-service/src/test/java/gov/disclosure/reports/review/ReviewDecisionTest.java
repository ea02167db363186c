package gov.disclosure.reports.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.disclosure.reports.ReportApi.REPORTS;
import static gov.disclosure.reports.ReportApi.path;
import static gov.disclosure.reports.ReportApi.revise;
import static gov.disclosure.reports.ReportApi.submit;
import static gov.disclosure.reports.ReportApi.withdraw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** A reviewer of the report's region decides on a revision; the report, the revision and the submitter see it. */
@QuarkusTest
class ReviewDecisionTest {

    private static final Map<String, Object> RETURNED = Map.of("decision", "RETURNED", "comments", List.of(
            Map.of("pointer", "/applications/newlyReceived/naturalPerson", "text", "与原始登记不符，请核对"),
            Map.of("text", "请补充发布时间")));
    private static final Map<String, Object> ACCEPTED = Map.of("decision", "ACCEPTED");

    private ObjectNode report;
    private String agency;

    @BeforeEach
    void submitAReport() {
        report = Fixtures.newReport("ruzhou-szfb-2024");
        agency = Fixtures.agencyId(report);
        submit(report).then().statusCode(201).body("review.status", is("PENDING"));
    }

    @Test
    void aReturnIsShownOnTheReportAndItsRevisionToTheSubmitterToo() {
        decide(as(Tokens.reviewer("410400")), 1, RETURNED).then().statusCode(201)
                .body("revision", is(1)).body("sequence", is(1)).body("decision", is("RETURNED"))
                .body("decidedBy", is("office-410400")).body("decidedAt", notNullValue());

        for (String token : List.of(Tokens.submitter("410482", agency), Tokens.reviewer("410000"))) {
            as(token).get(path(report)).then().statusCode(200)
                    .body("review.status", is("RETURNED"))
                    .body("review.comments.text", contains("与原始登记不符，请核对", "请补充发布时间"))
                    .body("review.comments[0].pointer", is("/applications/newlyReceived/naturalPerson"))
                    .body("review.decidedBy", is("office-410400"));
        }
        given().get(path(report) + "/revisions/1").then().body("review.status", is("RETURNED"));
        given().get(path(report) + "/revisions").then().body("reviewStatus", contains("RETURNED"));
        given().queryParam("agencyId", agency).queryParam("reviewStatus", "returned").get(REPORTS).then()
                .body("items.reviewStatus", contains("RETURNED"));
    }

    @Test
    void aNewRevisionAfterAReturnIsPendingUntilAccepted() {
        decide(given(), 1, RETURNED).then().statusCode(201);

        revise(narrated(report), "\"1\"").then().statusCode(200).body("revision", is(2)).body("review.status", is("PENDING"));
        given().get(path(report)).then().body("review.status", is("PENDING")).body("review.comments", nullValue());
        given().get(path(report) + "/revisions/1").then().body("review.status", is("RETURNED"));

        decide(as(Tokens.reviewer("410482")), 2, ACCEPTED).then().statusCode(201).body("sequence", is(2));
        given().get(path(report)).then().body("review.status", is("ACCEPTED"));
        given().get(path(report) + "/reviews").then().statusCode(200)
                .body("revision", contains(1, 2))
                .body("decision", contains("RETURNED", "ACCEPTED"))
                .body("decidedBy", contains("admin-console", "office-410482"));
        given().queryParam("agencyId", agency).queryParam("reviewStatus", "ACCEPTED").get(REPORTS).then()
                .body("items.agencyId", contains(agency));
    }

    @Test
    void aDecisionOnAnEarlierRevisionStaysWithThatRevision() {
        revise(narrated(report), "\"1\"").then().statusCode(200);

        decide(given(), 1, ACCEPTED).then().statusCode(201);

        given().get(path(report)).then().body("revision", is(2)).body("review.status", is("PENDING"));
        given().get(path(report) + "/revisions/1").then().body("review.status", is("ACCEPTED"));
    }

    @Test
    void aDecisionMustSayWhatItDecides() {
        decide(given(), 1, Map.of("decision", "RETURNED")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-review")).body("errors.pointer", contains("/comments"));
        decide(given(), 1, Map.of("decision", "MAYBE")).then().statusCode(422).body("errors.pointer", contains("/decision"));
        decide(given(), 1, Map.of("decision", "RETURNED", "comments", List.of(
                Map.of("pointer", "/applications/nothing", "text", "?"), Map.of("text", " ")))).then().statusCode(422)
                .body("errors.pointer", contains("/comments/0/pointer", "/comments/1/text"));
        given().contentType("application/json")
                .body("{\"decision\": \"RETURNED\", \"comments\": [{\"text\": \"请\\u0000核对\"}]}")
                .post(path(report) + "/revisions/1/review").then().statusCode(422)
                .body("errors.pointer", contains("/comments/0/text"))
                .body("errors.detail", contains("must not contain the character U+0000 (NUL)"));
        for (String body : new String[] {"{\"decision\": 1}", "{\"decision\": \"ACCEPTED\", \"x\": 1}", "{", "[]", ""}) {
            given().contentType("application/json").body(body).post(path(report) + "/revisions/1/review").then()
                    .statusCode(org.hamcrest.Matchers.anyOf(is(400), is(422)))
                    .contentType("application/problem+json");
        }
        given().get(path(report) + "/reviews").then().body("size()", is(0));
    }

    @Test
    void aWithdrawalIsNoRevisionToDecideOn() {
        withdraw(report, "\"1\"").then().statusCode(200);

        decide(given(), 2, ACCEPTED).then().statusCode(409).body("type", is("/problems/not-reviewable"));
        decide(given(), 3, ACCEPTED).then().statusCode(404);
    }

    @Test
    void onlyReviewersOfTheRegionDecideAndOthersLearnNothing() {
        String missing = "/api/v1/agencies/%s/reports/2019/revisions/1/review".formatted(agency);

        decide(as(Tokens.reviewer("410100")), 1, ACCEPTED).then().statusCode(403)
                .body("type", is("/problems/forbidden"));
        as(Tokens.reviewer("410100")).contentType("application/json").body(ACCEPTED).post(missing).then().statusCode(403)
                .body("detail", not(containsString("exist")));
        as(Tokens.reviewer("410400")).contentType("application/json").body(ACCEPTED).post(missing).then().statusCode(403);
        given().contentType("application/json").body(ACCEPTED).post(missing).then().statusCode(404);
        decide(as(Tokens.submitter("410482", agency)), 1, ACCEPTED).then().statusCode(403);
        decide(as(Tokens.viewer()), 1, ACCEPTED).then().statusCode(403);
        as(Tokens.reviewer("410100")).get(path(report) + "/reviews").then().statusCode(403);
        as(Tokens.submitter("410482", agency)).get(path(report) + "/reviews").then().statusCode(200);
        given().get(path(report) + "/reviews").then().body("decision", not(hasItem("ACCEPTED")));
    }

    private io.restassured.response.Response decide(RequestSpecification request, int revision, Map<String, Object> body) {
        return request.contentType("application/json").body(body)
                .post(path(report) + "/revisions/" + revision + "/review");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static ObjectNode narrated(ObjectNode report) {
        ObjectNode copy = report.deepCopy();
        copy.putObject("narrative").put("overview", "修订");
        return copy;
    }
}
