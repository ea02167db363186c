package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** report-service's API as an agency's system uses it; every stored revision is recorded in {@link ExpectedRollups}. */
final class ReportApi {

    private final String url;
    private final String token;
    private final ExpectedRollups expected;

    ReportApi(String url, String token, ExpectedRollups expected) {
        this.token = token;
        this.url = url;
        this.expected = expected;
    }

    /** POST of a new report: 201. */
    int submit(JsonNode report) {
        return post(report, 201);
    }

    /** POST of the content the agency's report of that year already has: 200, no new revision. */
    int submitAgain(JsonNode report) {
        return post(report, 200);
    }

    /** POST of each report: 201, or 200 for one whose agency and year an earlier one had (the same content). */
    void submitAll(Collection<? extends JsonNode> reports) {
        Set<String> submitted = new HashSet<>();
        for (JsonNode report : reports) {
            String agencyAndYear = report.get("agency").get("id").asText() + "/" + report.get("year").asInt();
            post(report, submitted.add(agencyAndYear) ? 201 : 200);
        }
    }

    private int post(JsonNode report, int status) {
        Response response = given().baseUri(url).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(ReportJson.write(report))
                .post("/api/v1/reports")
                .then().statusCode(status)
                .extract().response();
        int revision = revision(response);
        expected.stored(report, revision);
        return revision;
    }

    /** PUT with If-Match: stores the next revision. */
    int revise(JsonNode report, int currentRevision) {
        Response response = given().baseUri(url).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + currentRevision + "\"")
                .body(ReportJson.write(report))
                .put(location(report))
                .then().statusCode(200)
                .extract().response();
        int revision = revision(response);
        expected.stored(report, revision);
        return revision;
    }

    /** DELETE with If-Match: a withdrawn revision; the report leaves every rollup. */
    int withdraw(JsonNode report, int currentRevision) {
        Response response = given().baseUri(url).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + currentRevision + "\"")
                .delete(location(report))
                .then().statusCode(200)
                .extract().response();
        expected.withdrawn(report.get("agency").get("id").asText(), report.get("year").asInt());
        return revision(response);
    }

    private static String location(JsonNode report) {
        return "/api/v1/agencies/" + report.get("agency").get("id").asText() + "/reports/" + report.get("year").asInt();
    }

    private static int revision(Response response) {
        return Integer.parseInt(response.header("ETag").replace("W/", "").replace("\"", ""));
    }
}
