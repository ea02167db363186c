package gov.disclosure.rollups.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.testing.GeneratedNumbers;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.event;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RollupExportTest {

    @Test
    void everyCountyHasARowWithItsRollupsNumbers() throws IOException {
        int year = unusedYear();
        String agency = agency("export");
        Map<String, BigDecimal> numbers = GeneratedNumbers.reports(77L, 1).get(0);
        send(event(agency, "410482", year, 1, ReportStatus.PUBLISHED, 0, numbers));
        awaitApplied(agency, year, 1);

        List<CSVRecord> rows = csv(given().queryParam("level", "COUNTY").queryParam("year", year)
                .queryParam("labels", "zh").get("/api/v1/rollups/export").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("rollups-county-"))
                .extract().asString());
        long counties = Regions.standard().all().stream().filter(region -> region.level() == RegionLevel.COUNTY).count();
        assertEquals(counties + 2, rows.size());
        assertEquals("行政区划代码", rows.get(1).get(0));
        List<String> header = rows.get(0).toList();
        CSVRecord ruzhou = rows.stream().filter(row -> row.get(0).equals("410482")).findFirst().orElseThrow();
        assertEquals("1", ruzhou.get(header.indexOf("reportCount")));
        Map<String, BigDecimal> json = ReportNumbers.flatten(JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(given().get("/api/v1/rollups/410482/{year}", year).then().extract().asByteArray()));
        for (String name : ReportNumbers.NAMES) {
            assertEquals(0, json.get(name).compareTo(new BigDecimal(ruzhou.get(header.indexOf(name)))), name);
        }
        CSVRecord empty = rows.stream().filter(row -> row.get(0).equals("653226")).findFirst().orElseThrow();
        assertEquals("0", empty.get(header.indexOf("applications.newlyReceived.total")));
    }

    @Test
    void aReviewerGetsTheRegionsWithinItsReach() throws IOException {
        List<CSVRecord> rows = csv(given().header("Authorization", "Bearer " + Tokens.reviewer("410000"))
                .queryParam("level", "CITY").queryParam("year", 2024).get("/api/v1/rollups/export").then()
                .statusCode(200).extract().asString());
        assertTrue(rows.size() > 10);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(row -> row.get(0).startsWith("41")));
        given().header("Authorization", "Bearer " + Tokens.submitter("410482", "410482-szfb"))
                .queryParam("level", "CITY").queryParam("year", 2024).get("/api/v1/rollups/export").then()
                .statusCode(403);
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("year", 2024).get("/api/v1/rollups/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", is("level"));
        given().queryParam("level", "COUNTRY").queryParam("year", 2024).get("/api/v1/rollups/export").then()
                .statusCode(400).body("errors[0].parameter", is("level"));
        given().queryParam("level", "CITY").get("/api/v1/rollups/export").then().statusCode(400)
                .body("errors[0].parameter", is("year"));
        given().queryParam("level", "CITY").queryParam("year", 2024).queryParam("labels", "fr")
                .get("/api/v1/rollups/export").then().statusCode(400).body("errors[0].parameter", is("labels"));
        given().queryParam("level", "CITY").queryParam("year", 2024).accept("application/json")
                .get("/api/v1/rollups/export").then().statusCode(406)
                .body("type", is("/problems/not-acceptable"));
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark first");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
