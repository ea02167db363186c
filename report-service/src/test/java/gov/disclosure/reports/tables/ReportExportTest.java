package gov.disclosure.reports.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportExportTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theCsvHasOneRowPerReportTheListFindsWithItsNumbersByFlatName() throws IOException {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ReportApi.submit(report).then().statusCode(201);
        for (Map<String, String> filters : List.of(Map.of("year", "2024"),
                Map.of("regionCode", "410000", "includeSubRegions", "true"),
                Map.of("status", "PUBLISHED", "hasViolations", "false"),
                Map.of("agencyId", Fixtures.agencyId(report)))) {
            long totalItems = given().queryParams(filters).get(ReportApi.REPORTS).then().statusCode(200)
                    .extract().jsonPath().getLong("totalItems");
            List<CSVRecord> rows = csv(given().queryParams(filters).queryParam("format", "csv")
                    .get(ReportApi.REPORTS + "/export").then().statusCode(200).extract().asString());
            assertEquals(totalItems, rows.size() - 1, filters.toString());
        }

        List<CSVRecord> rows = csv(given().queryParam("agencyId", Fixtures.agencyId(report)).queryParam("labels", "zh")
                .accept("text/csv").get(ReportApi.REPORTS + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString());
        assertEquals(3, rows.size());
        assertEquals("agencyId", rows.get(0).get(0));
        assertEquals("机关编码", rows.get(1).get(0));
        assertEquals("三、（三）不予公开 1.属于国家秘密：自然人",
                rows.get(1).get(rows.get(0).toList().indexOf("applications.outcomes.withheld.stateSecret.naturalPerson")));
        Map<String, BigDecimal> expected = ReportNumbers.flatten(report);
        CSVRecord row = rows.get(2);
        assertEquals(Fixtures.agencyId(report), row.get(0));
        for (String name : ReportNumbers.NAMES) {
            String cell = row.get(rows.get(0).toList().indexOf(name));
            assertEquals(0, expected.get(name).compareTo(new BigDecimal(cell)), name);
        }
    }

    @Test
    void anAgencyNameThatASpreadsheetWouldEvaluateIsWrittenAsTextInTheCsvAndAsSentInNdjson() throws IOException {
        String formula = "=HYPERLINK(\"http://example.com\",\"汝州市人民政府办公室\")";
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ((ObjectNode) report.get("agency")).put("name", formula);
        ReportApi.submit(report).then().statusCode(201);

        List<CSVRecord> rows = csv(given().queryParam("agencyId", Fixtures.agencyId(report)).queryParam("format", "csv")
                .get(ReportApi.REPORTS + "/export").then().statusCode(200).extract().asString());
        assertEquals("'" + formula, rows.get(1).get(rows.get(0).toList().indexOf("agencyName")));
        String line = given().queryParam("format", "ndjson").queryParam("agencyId", Fixtures.agencyId(report))
                .get(ReportApi.REPORTS + "/export").then().statusCode(200).extract().asString();
        assertEquals(formula, Fixtures.JSON.readTree(line).at("/agency/name").asText());
    }

    @Test
    void ndjsonHasOneCanonicalReportPerLine() throws IOException {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ReportApi.submit(report).then().statusCode(201);
        long totalItems = given().queryParam("year", "2024").get(ReportApi.REPORTS).then().extract().jsonPath()
                .getLong("totalItems");
        String[] lines = given().accept("application/x-ndjson").queryParam("year", "2024")
                .get(ReportApi.REPORTS + "/export").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).extract().asString().split("\n");
        assertEquals(totalItems, lines.length);
        String line = given().queryParam("format", "ndjson").queryParam("agencyId", Fixtures.agencyId(report))
                .get(ReportApi.REPORTS + "/export").then().statusCode(200).extract().asString();
        JsonNode read = Fixtures.JSON.readTree(line);
        Fixtures.assertSameReport(report, read);
        assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, line);
    }

    @Test
    void theExportReachesWhatTheListReaches() {
        given().header("Authorization", "Bearer " + Tokens.reviewer("410100")).queryParam("regionCode", "410482")
                .get(ReportApi.REPORTS + "/export").then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.viewer()).get(ReportApi.REPORTS + "/export").then()
                .statusCode(403);
        given().noFilters().get(ReportApi.REPORTS + "/export").then().statusCode(401);
        String reviewer = "Bearer " + Tokens.reviewer("410400");
        long listed = given().header("Authorization", reviewer).get(ReportApi.REPORTS).then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
        String exported = given().header("Authorization", reviewer).get(ReportApi.REPORTS + "/export").then()
                .statusCode(200).extract().asString();
        assertEquals(listed, exported.lines().count() - 1);
    }

    @Test
    void badParametersAreNamedAndUnavailableMediaTypesRefused() {
        given().queryParam("format", "xml").get(ReportApi.REPORTS + "/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", is("format"));
        given().queryParam("labels", "en").get(ReportApi.REPORTS + "/export").then().statusCode(400)
                .body("errors[0].parameter", is("labels"));
        given().queryParam("year", "abc").get(ReportApi.REPORTS + "/export").then().statusCode(400)
                .body("errors[0].parameter", is("year"));
        given().accept("application/json").get(ReportApi.REPORTS + "/export").then().statusCode(406)
                .contentType("application/problem+json").body("type", is("/problems/not-acceptable"));
    }

    /**
     * 10,000 reports put straight into the tables and exported: the row count is the list's, and halfway through
     * (the server waiting on the reader) the live heap is about what it was before.
     */
    @Test
    void tenThousandReportsStreamOut() throws Exception {
        int year = 9000 + ThreadLocalRandom.current().nextInt(999);
        int count = 10_000;
        insert(year, count);
        long totalItems = given().queryParam("year", year).get(ReportApi.REPORTS).then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
        assertEquals(count, totalItems);

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:%d%s/export?year=%d&labels=zh"
                        .formatted(RestAssured.port, ReportApi.REPORTS, year)))
                .header("Authorization", "Bearer " + Tokens.admin()).header("Accept", "text/csv").build();
        Runtime runtime = Runtime.getRuntime();
        long before = liveHeap(runtime);
        long started = System.nanoTime();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        long lines = 0;
        long midway = 0;
        try (Stream<String> body = response.body()) {
            var iterator = body.iterator();
            while (iterator.hasNext()) {
                iterator.next();
                if (++lines == count / 2) {
                    midway = liveHeap(runtime); // the server waits on this reader: what it holds now is live
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long after = liveHeap(runtime);
        System.out.printf("export of %d reports: %d ms; live heap (after a full GC) %d MB before, %d MB halfway "
                        + "through, %d MB after%n", count, millis, before >> 20, midway >> 20, after >> 20);
        // a whole result held in memory would be 10,000 documents of about 7 KB, parsed: well over 64 MB
        assertTrue(midway - before < 64L << 20, "the live heap grew by %d MB halfway".formatted((midway - before) >> 20));
        assertEquals(200, response.statusCode());
        assertEquals(count + 2, lines);
    }

    private static long liveHeap(Runtime runtime) throws InterruptedException {
        System.gc();
        Thread.sleep(100);
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void insert(int year, int count) throws SQLException, IOException {
        ObjectNode document = Fixtures.expected("ruzhou-szfb-2024");
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement reports = connection.prepareStatement("""
                    insert into report (id, agency_id, year, current_revision, status, agency_name, region_code,
                                        violation_count, warning_count, created_at, updated_at)
                    select gen_random_uuid(), 'bulk-' || ? || '-' || g, ?, 1, 'PUBLISHED', '批量测试局' || g, '410482',
                           0, 0, now(), now()
                    from generate_series(1, ?) g""")) {
                reports.setInt(1, year);
                reports.setInt(2, year);
                reports.setInt(3, count);
                reports.executeUpdate();
            }
            try (PreparedStatement revisions = connection.prepareStatement("""
                    insert into report_revision (id, report_id, revision, status, document, content_hash,
                                                 validation_mode, violations, warnings, violation_count,
                                                 warning_count, submitted_at)
                    select gen_random_uuid(), r.id, 1, 'PUBLISHED',
                           jsonb_set(jsonb_set(?::jsonb, '{agency,id}', to_jsonb(r.agency_id)), '{year}', to_jsonb(r.year)),
                           'bulk', 'STRICT', '[]', '[]', 0, 0, now()
                    from report r where r.year = ?""")) {
                revisions.setString(1, document.toString());
                revisions.setInt(2, year);
                revisions.executeUpdate();
            }
        }
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark first");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
