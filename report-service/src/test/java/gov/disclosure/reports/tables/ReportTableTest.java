package gov.disclosure.reports.tables;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.GeneratedNumbers;
import gov.disclosure.testing.TableReadBack;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReportTableTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Reports with generated numbers, stored leniently: every format's every number is the stored report's. */
    @Test
    void everyNumberOfEveryFormatEqualsTheStoredReport() throws IOException {
        for (Map<String, BigDecimal> numbers : GeneratedNumbers.reports(1515L, 4)) {
            ObjectNode report = withNumbers(Fixtures.newReport("ruzhou-szfb-2024"), numbers);
            var stored0 = ReportApi.json(report).queryParam("validation", "lenient").post(ReportApi.REPORTS);
            assertEquals(201, stored0.statusCode(), stored0.asString());

            Map<String, BigDecimal> stored = ReportNumbers.flatten(JSON.readTree(
                    given().get(ReportApi.path(report)).then().statusCode(200).extract().asByteArray()).get("report"));
            for (String format : List.of("csv", "xlsx", "markdown", "html")) {
                byte[] table = given().queryParam("format", format).get(ReportApi.path(report) + "/table")
                        .then().statusCode(200).extract().asByteArray();
                Map<String, BigDecimal> read = switch (format) {
                    case "csv" -> TableReadBack.csv(table);
                    case "xlsx" -> TableReadBack.xlsx(table);
                    case "markdown" -> TableReadBack.markdown(table);
                    default -> TableReadBack.html(table);
                };
                assertEquals(plain(stored), plain(read), format);
            }
        }
    }

    @Test
    void theTableNamesTheAgencyAndFollowsAccept() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ReportApi.submit(report).then().statusCode(201);
        given().accept("text/html").get(ReportApi.path(report) + "/table").then()
                .statusCode(200).contentType(startsWith("text/html"))
                .body(containsString(report.at("/agency/name").asText() + " 2024年政府信息公开工作年度报告"))
                .body(containsString("（三）不予公开"));
        given().accept("text/csv").get(ReportApi.path(report) + "/table").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        given().queryParam("format", "docx").get(ReportApi.path(report) + "/table").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].parameter", is("format"));
        given().accept("application/pdf").get(ReportApi.path(report) + "/table").then()
                .statusCode(406).contentType("application/problem+json").body("type", is("/problems/not-acceptable"));
    }

    @Test
    void theTableIsReadAsTheReportIs() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ReportApi.submit(report).then().statusCode(201);
        String path = ReportApi.path(report) + "/table";
        given().header("Authorization", "Bearer " + Tokens.submitter("410482", Fixtures.agencyId(report)))
                .get(path).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.submitter("410482", "410482-other"))
                .get(path).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.reviewer("410100")).get(path).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.reviewer("410000")).get(path).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.viewer()).get(path).then().statusCode(403);
        given().noFilters().get(path).then().statusCode(401);
        given().get("/api/v1/agencies/nobody-here/reports/2024/table").then().statusCode(404);
    }

    @Test
    void aReportsIndicatorsComeWithNumeratorDenominatorAndTheYearBefore() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ObjectNode yearBefore = Fixtures.with(report, "/year", 2023);
        ReportApi.submit(yearBefore).then().statusCode(201);
        ReportApi.submit(report).then().statusCode(201);
        long granted = Fixtures.number(report, "/applications/outcomes/granted/total")
                + Fixtures.number(report, "/applications/outcomes/partiallyGranted/total");
        long total = Fixtures.number(report, "/applications/outcomes/total/total");

        given().get(ReportApi.path(report) + "/indicators").then().statusCode(200)
                .body("find { it.id == 'disclosureRate' }.numerator", is((int) granted))
                .body("find { it.id == 'disclosureRate' }.denominator", is((int) total))
                .body("find { it.id == 'disclosureRate' }.change", is(0f))
                .body("find { it.id == 'newlyReceivedChange' }.value", is(0f))
                .body("find { it.id == 'correctionRateLitigation' }.denominator", is(
                        (int) (Fixtures.number(report, "/reviewAndLitigation/litigationDirect/total")
                                + Fixtures.number(report, "/reviewAndLitigation/litigationAfterReview/total"))));
        given().header("Authorization", "Bearer " + Tokens.submitter("410482", "410482-other"))
                .get(ReportApi.path(report) + "/indicators").then().statusCode(403);
    }

    static ObjectNode withNumbers(ObjectNode report, Map<String, BigDecimal> numbers) {
        numbers.forEach((name, value) -> {
            JsonPointer at = JsonPointer.compile(ReportTemplate.cell(name).pointer());
            ((ObjectNode) report.at(at.head())).put(at.last().getMatchingProperty(), value);
        });
        return report;
    }

    private static Map<String, BigDecimal> plain(Map<String, BigDecimal> numbers) {
        Map<String, BigDecimal> plain = new LinkedHashMap<>();
        numbers.forEach((name, value) -> plain.put(name, value == null ? null : value.stripTrailingZeros()));
        return plain;
    }
}
