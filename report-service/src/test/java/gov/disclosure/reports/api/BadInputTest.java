package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static gov.disclosure.reports.ReportApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** Every kind of bad input gets a problem that names what is wrong, and never a 500. */
@QuarkusTest
class BadInputTest {

    private final ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");

    @Test
    void malformedJsonSaysWhereItBreaks() {
        post("{\"agency\": {\"id\": \"x\",\n \"name\": ").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/malformed-json"))
                .body("detail", containsString("line 2"))
                .body("instance", is("/api/v1/reports"));
    }

    @Test
    void anEmptyBodyOrTrailingGarbageIsMalformed() {
        post("").then().statusCode(400).body("type", is("/problems/malformed-json"));
        post(report + " {}").then().statusCode(400).body("type", is("/problems/malformed-json"));
    }

    @Test
    void aDuplicateFieldIsMalformedAndNamed() {
        post("{\"regionCode\": \"410482\", \"regionCode\": \"410100\"}").then()
                .statusCode(400)
                .body("type", is("/problems/malformed-json"))
                .body("detail", containsString("regionCode"));
    }

    @Test
    void aNumberAsTextIsTheWrongType() {
        ObjectNode changed = report.deepCopy();
        ((ObjectNode) changed.at("/applications/newlyReceived")).put("naturalPerson", "18");

        invalid(changed, "/applications/newlyReceived/naturalPerson", "must be a whole number");
    }

    @Test
    void aFractionIsNotACount() {
        ObjectNode changed = report.deepCopy();
        ((ObjectNode) changed.at("/applications/newlyReceived")).put("naturalPerson", 1.5);

        invalid(changed, "/applications/newlyReceived/naturalPerson", "must be a whole number");
    }

    @Test
    void theFeeMustBeANumber() {
        ObjectNode changed = report.deepCopy();
        ((ObjectNode) changed.at("/proactiveDisclosure/fees")).put("amount", "0.5");

        invalid(changed, "/proactiveDisclosure/fees/amount", "must be a number");
    }

    @Test
    void aSectionGivenAsSomethingElseIsTheWrongType() {
        ObjectNode changed = report.deepCopy();
        changed.put("applications", 7);

        invalid(changed, "/applications", "must be an object");
    }

    @Test
    void anUnknownRowIsNamed() {
        ObjectNode changed = report.deepCopy();
        ((ObjectNode) changed.at("/applications/outcomes/withheld")).putObject("militarySecret");

        invalid(changed, "/applications/outcomes/withheld/militarySecret", "is not a field of the canonical report");
    }

    @Test
    void missingSectionsAndNumbersAreAllNamed() {
        ObjectNode changed = report.deepCopy();
        changed.remove("reviewAndLitigation");
        ((ObjectNode) changed.at("/applications/carriedOver")).remove("legalServiceAgency");
        ((ObjectNode) changed.at("/applications/outcomes")).remove("total");

        submit(changed).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-report"))
                .body("errors.pointer", hasItems("/reviewAndLitigation", "/applications/carriedOver/legalServiceAgency",
                        "/applications/outcomes/total"))
                .body("errors.detail", hasItem("is missing"));
    }

    @Test
    void negativeAndAbsurdNumbersAreNamed() {
        ObjectNode changed = Fixtures.with(report, "/applications/newlyReceived/naturalPerson", -1);
        changed = Fixtures.with(changed, "/proactiveDisclosure/penalties/decisions", 5_000_000_000L);

        submit(changed).then()
                .statusCode(422)
                .body("errors.pointer", hasItems("/applications/newlyReceived/naturalPerson",
                        "/proactiveDisclosure/penalties/decisions"))
                .body("errors.detail", hasItems("must not be negative", "must be at most 999999999"));
    }

    @Test
    void millionsOfDecisionsAreAcceptedForTheLargestAgencies() {
        submit(Fixtures.with(report, "/proactiveDisclosure/penalties/decisions", 3_456_789)).then().statusCode(201);
    }

    @Test
    void aNumberBeyondAnyIntegerIsNamed() {
        String huge = report.toString().replace("\"licensing\":{\"decisions\":0}",
                "\"licensing\":{\"decisions\":123456789012345678901234567890}");

        post(huge).then()
                .statusCode(422)
                .body("errors[0].pointer", is("/proactiveDisclosure/licensing/decisions"));
    }

    @Test
    void anUnknownRegionOrImplausibleYearIsNamed() {
        ObjectNode changed = report.deepCopy().put("regionCode", "419999").put("year", 2007);

        submit(changed).then()
                .statusCode(422)
                .body("errors.pointer", hasItems("/regionCode", "/year"));
        invalid(report.deepCopy().put("regionCode", "41048"), "/regionCode", "must be 6 digits");
    }

    @Test
    void anAgencyIdMustBeUsableInAUrl() {
        ObjectNode changed = report.deepCopy();
        ((ObjectNode) changed.get("agency")).put("id", "汝州 办公室/1");

        submit(changed).then().statusCode(422).body("errors[0].pointer", is("/agency/id"));
    }

    @Test
    void aYearAfterTheCurrentOneIsRefusedAndTheFormatOfEachYearIsNamed() {
        int nextYear = java.time.Year.now().getValue() + 1;

        submit(report.deepCopy().put("year", nextYear)).then()
                .statusCode(422)
                .body("errors[0].pointer", is("/year"))
                .body("errors[0].detail", containsString(nextYear + " is after the current year"))
                .body("errors[0].detail", containsString("国办公开办函〔2021〕30号"));
    }

    @Test
    void aYearBeforeTheNationalTablesIsRefused() {
        submit(report.deepCopy().put("year", 2015)).then()
                .statusCode(422)
                .body("errors[0].pointer", is("/year"))
                .body("errors[0].detail", containsString("reports for 2015 had no national tables"))
                .body("errors[0].detail", containsString("国办公开办函〔2019〕60号"));
    }

    @Test
    void nullOrAnArrayIsNotAReport() {
        post("null").then().statusCode(422).body("errors[0].pointer", is(""))
                .body("detail", is("the body must be a report (a JSON object), not empty or null"));
        post("[1, 2]").then().statusCode(422).body("errors[0].pointer", is(""))
                .body("detail", is("the body must be a report (a JSON object)"));
    }

    @Test
    void aContentTypeThatIsNotJsonIsUnsupported() {
        given().contentType("application/xml").body("<report/>").post(ReportApi.REPORTS).then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String padded = report.toString().replace("\"narrative\"", "\"x\"")
                .replaceFirst("\\{", "{\"padding\": \"" + "囗".repeat(1_000_000) + "\",");

        given().contentType("application/json").body(padded).post(ReportApi.REPORTS).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", is("/problems/payload-too-large"));
    }

    @Test
    void badQueryParametersAreNamed() {
        ReportApi.json(report).queryParam("validation", "relaxed").post(ReportApi.REPORTS).then()
                .statusCode(400)
                .body("type", is("/problems/invalid-parameter"))
                .body("errors[0].parameter", is("validation"));
        given().queryParam("year", "last").queryParam("size", "1000").queryParam("regionCode", "999999")
                .queryParam("status", "DRAFT").queryParam("hasViolations", "maybe")
                .get(ReportApi.REPORTS).then()
                .statusCode(400)
                .body("errors.parameter", hasItems("year", "size", "regionCode", "status", "hasViolations"));
    }

    private static io.restassured.response.Response post(String body) {
        return given().contentType("application/json").body(body).post(ReportApi.REPORTS);
    }

    private static ValidatableResponse invalid(ObjectNode body, String pointer, String detail) {
        return submit(body).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-report"))
                .body("errors[0].pointer", is(pointer))
                .body("errors[0].detail", is(detail))
                .body("detail", containsString(pointer));
    }
}
