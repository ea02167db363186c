package gov.disclosure.reports.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint for every role, inside and outside its reach. The report of 汝州 (410482, agency A) is stored
 * (as JSON, so that its revision has no published text: 404 for those who reach it);
 * the callers: a submitter for A in 410482, a submitter for another agency in 410482, reviewers of 410400 (above
 * 汝州) and of 410100 (beside it), a dashboard, an admin.
 */
@QuarkusTest
class ReportAccessTest {

    private ObjectNode ruzhou;
    private String agency;
    private String reportPath;
    private String reportId;

    private final Map<String, Supplier<String>> callers = new LinkedHashMap<>();

    @BeforeEach
    void storeAReport() {
        ruzhou = Fixtures.newReport("ruzhou-szfb-2024");
        agency = Fixtures.agencyId(ruzhou);
        reportPath = ReportApi.path(ruzhou);
        reportId = ReportApi.submit(ruzhou).then().statusCode(201).extract().path("id");
        callers.put("own submitter", () -> Tokens.submitter("410482", agency));
        callers.put("other submitter", () -> Tokens.submitter("410482", Fixtures.uniqueAgencyId("410482-other")));
        callers.put("reviewer above", () -> Tokens.reviewer("410400"));
        callers.put("reviewer beside", () -> Tokens.reviewer("410100"));
        callers.put("viewer", Tokens::viewer);
        callers.put("admin", Tokens::admin);
    }

    @Test
    void readingTheReportAndItsRevisions() {
        expect(request -> request.get(reportPath), Map.of(
                "own submitter", 200, "other submitter", 403, "reviewer above", 200, "reviewer beside", 403,
                "viewer", 403, "admin", 200));
        expect(request -> request.get(reportPath + "/revisions"), Map.of(
                "own submitter", 200, "other submitter", 403, "reviewer above", 200, "reviewer beside", 403,
                "viewer", 403, "admin", 200));
        expect(request -> request.get(reportPath + "/revisions/1"), Map.of(
                "own submitter", 200, "other submitter", 403, "reviewer above", 200, "reviewer beside", 403,
                "viewer", 403, "admin", 200));
        expect(request -> request.get(reportPath + "/revisions/1/diff/1"), Map.of(
                "own submitter", 200, "other submitter", 403, "reviewer above", 200, "reviewer beside", 403,
                "viewer", 403, "admin", 200));
        expect(request -> request.get(reportPath + "/revisions/1/source"), Map.of(
                "own submitter", 404, "other submitter", 403, "reviewer above", 404, "reviewer beside", 403,
                "viewer", 403, "admin", 404));
        expect(request -> request.get("/api/v1/reports/" + reportId), Map.of(
                "own submitter", 200, "other submitter", 403, "reviewer above", 200, "reviewer beside", 403,
                "viewer", 403, "admin", 200));
    }

    /** A browser signed in on aggregation-service's pages sends the token in its cookie: the same rules apply. */
    @Test
    void theSignInCookieCarriesATokenLikeTheHeader() {
        given().noFilters().cookie("disclosure_token", Tokens.reviewer("410400")).get(reportPath + "/revisions")
                .then().statusCode(200);
        given().noFilters().cookie("disclosure_token", Tokens.reviewer("410100")).get(reportPath + "/revisions")
                .then().statusCode(403);
        given().noFilters().cookie("disclosure_token", Tokens.expired()).get(reportPath + "/revisions")
                .then().statusCode(401);
        given().noFilters().get(reportPath + "/revisions").then().statusCode(401);
    }

    @Test
    void aReportOutOfReachIsAnsweredAsIfItMightNotExist() {
        String missing = "/api/v1/agencies/%s/reports/2019".formatted(agency);
        String missingById = "/api/v1/reports/00000000-0000-0000-0000-000000000000";

        expect(request -> request.get(missing), Map.of(
                "own submitter", 404, "other submitter", 403, "reviewer above", 403, "reviewer beside", 403,
                "viewer", 403, "admin", 404));
        expect(request -> request.get(missingById), Map.of(
                "own submitter", 403, "other submitter", 403, "reviewer above", 403, "reviewer beside", 403,
                "viewer", 403, "admin", 404));
        as("reviewer beside").get(reportPath).then()
                .contentType("application/problem+json")
                .body("type", is("/problems/forbidden"))
                .body("detail", not(containsString("2024 exists")));
    }

    @Test
    void submittingRevisingAndWithdrawing() {
        expect(request -> request.contentType("application/json").body(Fixtures.newReport("zhoukou-xzfwzx-2021")
                        .put("regionCode", "410482").toString()).post(ReportApi.REPORTS), Map.of(
                "own submitter", 403, "other submitter", 403, "reviewer above", 403, "reviewer beside", 403,
                "viewer", 403, "admin", 201));
        expect(request -> request.contentType("application/json").header("If-Match", "\"99\"")
                        .body(ruzhou.toString()).put(reportPath), Map.of(
                "own submitter", 200, "other submitter", 403, "reviewer above", 403, "reviewer beside", 403,
                "viewer", 403, "admin", 200));
        expect(request -> request.header("If-Match", "\"99\"").delete(reportPath), Map.of(
                "own submitter", 412, "other submitter", 403, "reviewer above", 403, "reviewer beside", 403,
                "viewer", 403, "admin", 412));
    }

    @Test
    void aSubmitterStoresOnlyItsOwnAgenciesReportsInItsOwnRegion() {
        ObjectNode own = Fixtures.newReport("ruzhou-szfb-2024");
        String token = Tokens.submitter("410482", Fixtures.agencyId(own));

        with(token).contentType("application/json").body(own.toString()).post(ReportApi.REPORTS).then().statusCode(201);
        with(token).contentType("application/json").body(own.deepCopy().put("year", 2023).put("regionCode", "410100")
                .toString()).post(ReportApi.REPORTS).then()
                .statusCode(403)
                .body("detail", containsString("region 410100"));
    }

    @Test
    void checkingAReport() {
        expect(request -> request.contentType("application/json").body(ruzhou.toString())
                .post(ReportApi.REPORTS + "/validate"), Map.of(
                "own submitter", 200, "other submitter", 403, "reviewer above", 200, "reviewer beside", 403,
                "viewer", 403, "admin", 200));
    }

    @Test
    void listingShowsOnlyWhatIsWithinReach() {
        as("own submitter").queryParam("size", 100).get(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("items.agencyId", everyItem(is(agency)));
        as("reviewer above").queryParam("year", 2024).queryParam("size", 100).get(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("items.agencyId", hasItem(agency))
                .body("items.regionCode", everyItem(org.hamcrest.Matchers.startsWith("4104")));
        as("reviewer beside").queryParam("year", 2024).queryParam("size", 100).get(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("items.agencyId", not(hasItem(agency)));
        as("reviewer beside").queryParam("regionCode", "410482").get(ReportApi.REPORTS).then().statusCode(403);
        as("other submitter").queryParam("agencyId", agency).get(ReportApi.REPORTS).then().statusCode(403);
        as("viewer").get(ReportApi.REPORTS).then().statusCode(403);
    }

    @Test
    void aBatchLoadsOnlyTheTextsWithinReach() {
        String text = Fixtures.text("ruzhou-szfb-2024");
        var batch = with(Tokens.submitter("410482", "someone-else", "another"))
                .multiPart("file", "ruzhou.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain");

        batch.post(ReportApi.REPORTS + "/batch").then()
                .statusCode(200)
                .body("refused", is(1))
                .body("results[0].problem.type", is("/problems/forbidden"));
        as("viewer").multiPart("file", "x.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .post(ReportApi.REPORTS + "/batch").then().statusCode(403);
    }

    @Test
    void everyRevisionRecordsWhoStoredIt() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        String submitter = Tokens.submitter("411600", Fixtures.agencyId(report));
        with(submitter).contentType("application/json").body(report.toString()).post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("submittedBy.subject", is("system-" + Fixtures.agencyId(report)))
                .body("submittedBy.agencyIds", is(List.of(Fixtures.agencyId(report))));
        with(Tokens.admin()).header("If-Match", "\"1\"").delete(ReportApi.path(report)).then().statusCode(200);

        with(submitter).get(ReportApi.path(report) + "/revisions").then()
                .body("submittedBy.subject", is(List.of("system-" + Fixtures.agencyId(report), "admin-console")));
    }

    @Test
    void aRequestWithoutAValidTokenIsUnauthorized() {
        for (String token : List.of(Tokens.expired(), Tokens.signedByAnotherKey(), Tokens.ofAnotherIssuer(), "not.a.token",
                "eyJhbGciOiJSUzI1NiJ9.e30.c2ln")) {
            with(token).get(reportPath).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", is("/problems/unauthorized"));
        }
        given().noFilters().get(reportPath).then().statusCode(401).contentType("application/problem+json");
        given().noFilters().contentType("application/json").body(ruzhou.toString()).post(ReportApi.REPORTS).then()
                .statusCode(401);
    }

    @Test
    void healthMetricsAndTheApiDescriptionNeedNoToken() {
        given().noFilters().get("/q/health/ready").then().statusCode(200);
        given().noFilters().get("/q/metrics").then().statusCode(200);
        given().noFilters().get("/q/openapi").then().statusCode(200).body(containsString("bearer"));
    }

    private void expect(Function<RequestSpecification, Response> call, Map<String, Integer> statuses) {
        Map<String, Integer> actual = new LinkedHashMap<>();
        callers.keySet().forEach(caller -> actual.put(caller, call.apply(as(caller)).statusCode()));
        assertEquals(new LinkedHashMap<>(orderedAs(statuses)), actual);
    }

    private Map<String, Integer> orderedAs(Map<String, Integer> statuses) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        callers.keySet().forEach(caller -> ordered.put(caller, statuses.get(caller)));
        return ordered;
    }

    private RequestSpecification as(String caller) {
        return with(callers.get(caller).get());
    }

    private static RequestSpecification with(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
