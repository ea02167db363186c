package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** report-service's API as an agency's system uses it; every stored revision is recorded in {@link ExpectedRollups}. */
final class ReportApi {

    private final String url;
    private final ExpectedRollups expected;

    ReportApi(String url, ExpectedRollups expected) {
        this.url = url;
        this.expected = expected;
    }

    /** POST: 201 for a new report, 200 when the agency's report of that year already has this content. */
    int submit(JsonNode report) {
        Response response = given().baseUri(url)
                .contentType(ContentType.JSON)
                .body(ReportJson.write(report))
                .post("/api/v1/reports")
                .then().statusCode(anyOf(is(201), is(200)))
                .extract().response();
        int revision = revision(response);
        expected.stored(report, revision);
        return revision;
    }

    /** PUT with If-Match: stores the next revision. */
    int revise(JsonNode report, int currentRevision) {
        Response response = given().baseUri(url)
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
        Response response = given().baseUri(url)
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
