package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.RawHttp;
import gov.disclosure.testing.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input made to break the service (issue 10): numbers that cannot be written back, characters PostgreSQL refuses,
 * broken content types and multipart bodies, absurd pages. Each is a 4xx problem naming the cause, and nothing of
 * it is stored.
 */
@QuarkusTest
class HostileInputTest {

    private final ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");

    @ParameterizedTest
    @ValueSource(strings = {"1e-9999", "1e-10000", "1e-999999999", "1e999999999", "0.000000000000000000001"})
    void aFeeThatCannotBeWrittenBackIsRefusedAndNothingIsStored(String amount) {
        String body = report.toString().replace("\"amount\":0.0", "\"amount\":" + amount);

        postJson(body).then()
                .statusCode(422)
                .body("type", is("/problems/invalid-report"))
                .body("errors[0].pointer", is("/proactiveDisclosure/fees/amount"));
        ReportApi.latest(report).then().statusCode(404);
    }

    @Test
    void aFeeOfManyDecimalsWithinTheBoundIsKeptExactly() {
        String body = report.toString().replace("\"amount\":0.0", "\"amount\":0.12345678901234567890");

        postJson(body).then().statusCode(201);
        String stored = ReportApi.latest(report).then().statusCode(200).extract().asString();
        assertTrue(stored.contains("\"amount\":0.12345678901234567890"), stored);
    }

    @Test
    void aNumberLongerThanAnyReportNeedsIsNamed() {
        postJson(report.toString().replace("\"amount\":0.0", "\"amount\":0." + "1".repeat(2000))).then()
                .statusCode(422)
                .body("errors[0].pointer", is("/proactiveDisclosure/fees/amount"))
                .body("errors[0].detail", containsString("at most 64 characters"));
        postJson(report.toString().replace("\"licensing\":{\"decisions\":0}",
                "\"licensing\":{\"decisions\":" + "9".repeat(5000) + "}")).then()
                .statusCode(422)
                .body("errors[0].pointer", is("/proactiveDisclosure/licensing/decisions"));
    }

    @Test
    void aNulOrAHalfSurrogatePairInAnyStringIsNamed() {
        String name = report.at("/agency/name").asText();
        postJson(report.toString().replace(name, "a\\u0000b")).then()
                .statusCode(422)
                .body("errors[0].pointer", is("/agency/name"))
                .body("errors[0].detail", containsString("U+0000"));
        ObjectNode withNarrative = report.deepCopy();
        withNarrative.putObject("narrative").put("overview", "ok").put("problems", "x\ud800y");
        postJson(withNarrative.toString().replace("x\ud800y", "x\\ud800y")).then()
                .statusCode(422)
                .body("errors[0].pointer", is("/narrative/problems"))
                .body("errors[0].detail", containsString("surrogate"));
        ReportApi.latest(report).then().statusCode(404);
    }

    @Test
    void aTextWithNulCharactersIsStoredWithoutThemAndSaysSo() {
        String text = Fixtures.text("ruzhou-szfb-2024").replaceFirst("\n", "\u0000\n\u0000");
        String agency = Fixtures.uniqueAgencyId("nul-text");

        given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("agencyId", agency).post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("source.notes", hasItem(containsString("2 NUL character(s)")));
        given().get("/api/v1/agencies/%s/reports/2024/revisions/1/source".formatted(agency)).then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("\u0000")));
    }

    @Test
    void aNulInAParameterOrPathIsNamedNotLookedUp() {
        Answer name = RawHttp.asAdmin("POST", ReportApi.REPORTS + "?agencyName=a%00b",
                Map.of("Content-Type", "text/plain"), Fixtures.text("ruzhou-szfb-2024").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, name.status(), name.body());
        assertTrue(name.body().contains("agencyName"), name.body());

        Answer list = RawHttp.asAdmin("GET", ReportApi.REPORTS + "?agencyId=a%00b", Map.of(), null);
        assertEquals(400, list.status(), list.body());
        assertTrue(list.body().contains("agencyId"), list.body());

        assertEquals(404, RawHttp.asAdmin("GET", "/api/v1/agencies/a%00b/reports/2024", Map.of(), null).status());
        assertEquals(404, RawHttp.asAdmin("DELETE", "/api/v1/agencies/a%00b/reports/2024",
                Map.of("If-Match", "\"1\""), null).status());
    }

    @Test
    void aNulInTheRostersPathsOrSearchIsNamedNotLookedUp() {
        Answer search = RawHttp.asAdmin("GET", "/api/v1/agencies?q=a%00b", Map.of(), null);
        assertEquals(400, search.status(), search.body());
        assertTrue(search.body().contains("\"q\"") && search.body().contains("U+0000"), search.body());

        assertEquals(404, RawHttp.asAdmin("GET", "/api/v1/agencies/a%00b", Map.of(), null).status());
        assertEquals(404, RawHttp.asAdmin("POST", "/api/v1/agencies/a%00b/retire?activeTo=2024-06-30", Map.of(), null)
                .status());
        Answer put = RawHttp.asAdmin("PUT", "/api/v1/agencies/a%00b", Map.of("Content-Type", "application/json"),
                "{\"name\":\"汝州市测试局\",\"regionCode\":\"410482\",\"kind\":\"DEPARTMENT\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(422, put.status(), put.body());
        assertTrue(put.body().contains("/agencyId"), put.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid", "", "/", "application/", "json"})
    void aContentTypeThatIsNotAMediaTypeIsUnsupported(String contentType) {
        Answer answer = RawHttp.asAdmin("POST", ReportApi.REPORTS, Map.of("Content-Type", contentType),
                report.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(415, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void brokenMultipartBodiesAreNamed() {
        String part = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc\r\n";
        assertMultipart("", 400, "closing boundary");
        assertMultipart(part.replace("--x", "--y") + "--y--\r\n", 400, "boundary");
        assertMultipart(part.substring(0, part.length() - 5), 400, "closing boundary");
        assertMultipart(part.repeat(1001) + "--x--\r\n", 413, "at most 1000");
    }

    @Test
    void aPageFarBeyondTheLastIsEmpty() {
        given().queryParam("page", 21474837).queryParam("size", 100).get(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("items", empty())
                .body("page", is(21474837));
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void aDryRunOfJsonStoresNothingAndAnswersTheVerdict() {
        ReportApi.json(report).queryParam("dryRun", "true").post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("validation.valid", is(true))
                .body("report.agency.id", is(Fixtures.agencyId(report)))
                .body("id", org.hamcrest.Matchers.nullValue());
        ReportApi.json(Fixtures.with(report, "/applications/newlyReceived/total", 999)).queryParam("dryRun", "true")
                .post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("validation.valid", is(false));
        ReportApi.latest(report).then().statusCode(404);
    }

    private static void assertMultipart(String body, int status, String detail) {
        Answer answer = RawHttp.asAdmin("POST", ReportApi.REPORTS + "/batch",
                Map.of("Content-Type", "multipart/form-data; boundary=x"), body.getBytes(StandardCharsets.UTF_8));
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains(detail), answer.body());
        assertEquals("application/problem+json", answer.contentType());
    }

    private static io.restassured.response.Response postJson(String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(ReportApi.REPORTS);
    }
}
