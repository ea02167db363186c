package gov.disclosure.rollups.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.testing.GeneratedNumbers;
import gov.disclosure.testing.TableReadBack;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.event;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RollupTableTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Generated reports, each the one report of a rollup: every format's every number is the JSON rollup's. */
    @Test
    void everyNumberOfEveryFormatEqualsTheJsonRollup() throws IOException {
        List<Map<String, BigDecimal>> reports = GeneratedNumbers.reports(1313L, 4);
        for (Map<String, BigDecimal> numbers : reports) {
            int year = unusedYear();
            String agency = agency("table");
            send(event(agency, "410482", year, 1, ReportStatus.PUBLISHED, 0, numbers));
            awaitApplied(agency, year, 1);

            Map<String, BigDecimal> rollup = ReportNumbers.flatten(JSON.readTree(given()
                    .get("/api/v1/rollups/410400/{year}", year).then().statusCode(200).extract().asByteArray()));
            assertSame(rollup, TableReadBack.csv(table(year, "csv")), "CSV");
            assertSame(rollup, TableReadBack.xlsx(table(year, "xlsx")), "XLSX");
            assertSame(rollup, TableReadBack.markdown(table(year, "markdown")), "Markdown");
            assertSame(rollup, TableReadBack.html(table(year, "html")), "HTML");
        }
    }

    @Test
    void theFormatFollowsAcceptWhenNotNamed() {
        given().accept("text/csv").get("/api/v1/rollups/410400/2024/table").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("rollup-410400-2024-all.csv"));
        given().accept(XLSX).get("/api/v1/rollups/410400/2024/table").then().statusCode(200).contentType(XLSX);
        given().accept("text/markdown").get("/api/v1/rollups/410400/2024/table").then()
                .statusCode(200).contentType(startsWith("text/markdown"))
                .body(containsString("## 三、收到和处理政府信息公开申请情况"));
        given().accept("text/html").queryParam("scope", "own").get("/api/v1/rollups/410400/2024/table").then()
                .statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("平顶山市 2024年度政府信息公开工作年度报告 本级"))
                .body(containsString("<th colspan=\"5\">法人或其他组织</th>"));
        given().accept("application/json").queryParam("format", "csv").get("/api/v1/rollups/410400/2024/table")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void anUnknownFormatIsABadParameterAndAnUnavailableMediaTypeNotAcceptable() {
        given().queryParam("format", "pdf").get("/api/v1/rollups/410400/2024/table").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", is("format"));
        given().accept("application/json").get("/api/v1/rollups/410400/2024/table").then()
                .statusCode(406).contentType("application/problem+json")
                .body("type", is("/problems/not-acceptable"));
    }

    private static byte[] table(int year, String format) {
        return given().queryParam("format", format).get("/api/v1/rollups/410400/{year}/table", year)
                .then().statusCode(200).extract().asByteArray();
    }

    private static void assertSame(Map<String, BigDecimal> json, Map<String, BigDecimal> table, String format) {
        Function<Map<String, BigDecimal>, Map<String, BigDecimal>> normal = numbers -> {
            Map<String, BigDecimal> plain = new LinkedHashMap<>();
            numbers.forEach((name, value) -> plain.put(name, value.stripTrailingZeros()));
            return plain;
        };
        assertEquals(normal.apply(json), normal.apply(table), format);
    }
}
