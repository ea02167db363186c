package gov.disclosure.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The report API as the tests call it. */
public final class ReportApi {

    public static final String REPORTS = "/api/v1/reports";

    private ReportApi() {
    }

    public static Response submit(JsonNode report) {
        return json(report).post(REPORTS);
    }

    public static Response submit(JsonNode report, String ifMatch) {
        return json(report).header("If-Match", ifMatch).post(REPORTS);
    }

    public static Response revise(JsonNode report, String ifMatch) {
        RequestSpecification request = json(report);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path(report));
    }

    public static Response withdraw(JsonNode report, String ifMatch) {
        RequestSpecification request = given();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete(path(report));
    }

    public static Response latest(JsonNode report) {
        return given().get(path(report));
    }

    /** {@code /api/v1/agencies/{agencyId}/reports/{year}} of a report. */
    public static String path(JsonNode report) {
        return "/api/v1/agencies/%s/reports/%d".formatted(Fixtures.agencyId(report), report.get("year").asInt());
    }

    public static RequestSpecification json(JsonNode report) {
        return given().contentType("application/json").body(report.toString());
    }

    public static JsonNode body(Response response) {
        try {
            return Fixtures.JSON.readTree(response.asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }
}
