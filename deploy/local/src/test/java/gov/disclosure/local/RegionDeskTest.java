package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The region office's desk, end to end: the roster is kept in report-service and crosses Kafka (agency-roster) to
 * aggregation-service, which counts who must report, who did (on time, late) and who is missing; reviewers' decisions
 * cross Kafka (review-decided on report-published) into the accepted-basis rollups, checked against sums worked out
 * here from the reports as submitted.
 */
@Tag("e2e")
class RegionDeskTest {

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    private static final String GOVERNMENT = "410482-szf-desk";
    private static final String OFFICE = "410482-szfb-desk";
    private static final String LATE = "410482-late-desk";
    private static final String WITHDRAWN = "410482-gone-desk";
    private static final String CREATED = "410482-new-desk";
    private static final String RETIRED = "410482-old-desk";
    private static final String UNROSTERED = "410482-stranger-desk";
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    @Test
    void theDeskCountsWhoReportedAndTheAcceptedRollupAddsUpTheAcceptedReports() {
        String reviewer = system.token("reviewer", "410400");
        // the roster, kept by the city's office and the admin; two agencies created and retired mid-year
        roster(reviewer, GOVERNMENT, "汝州市人民政府", "GOVERNMENT", "2019-01-01", null).statusCode(201);
        roster(reviewer, OFFICE, "汝州市人民政府办公室", "DEPARTMENT", null, null).statusCode(201);
        roster(reviewer, LATE, "汝州市迟报局", "DEPARTMENT", null, null).statusCode(201);
        roster(reviewer, WITHDRAWN, "汝州市撤回局", "DEPARTMENT", null, null).statusCode(201);
        roster(reviewer, CREATED, "汝州市数据局", "DEPARTMENT", "2024-07-01", null).statusCode(201);
        roster(reviewer, RETIRED, "汝州市林业局", "DEPARTMENT", "2019-01-01", null).statusCode(201);
        as(reviewer).post(report("/api/v1/agencies/" + RETIRED + "/retire?activeTo=2024-06-30")).then().statusCode(200);

        ObjectNode office = ReportJson.asAgency(Fixtures.named("ruzhou-szfb-2024"), OFFICE, "汝州市人民政府办公室");
        office.put("publishedOn", "2025-01-20");
        ObjectNode late = ReportJson.asAgency(ReportJson.scaled(Fixtures.named("ruzhou-szfb-2024"), 2), LATE, "汝州市迟报局");
        late.put("publishedOn", "2025-02-20");
        ((ObjectNode) late.at("/applications/carriedForward")).put("total", 5); // breaks two rules: kept leniently
        ObjectNode withdrawn = ReportJson.asAgency(Fixtures.named("ruzhou-szfb-2024"), WITHDRAWN, "汝州市撤回局");
        ObjectNode stranger = ReportJson.asAgency(Fixtures.named("ruzhou-szfb-2024"), UNROSTERED, "汝州市未列名局");
        stranger.put("publishedOn", "2025-01-25");
        ObjectNode tooLate = ReportJson.asAgency(Fixtures.named("ruzhou-szfb-2024"), RETIRED, "汝州市林业局");
        tooLate.put("year", 2025);

        submit(office, "strict").statusCode(201);
        submit(late, "lenient").statusCode(201);
        submit(stranger, "strict").statusCode(201);
        submit(withdrawn, "strict").statusCode(201);
        as(system.adminToken()).header("If-Match", "\"1\"").delete(report("/api/v1/agencies/" + WITHDRAWN + "/reports/2024"))
                .then().statusCode(200);
        submit(tooLate, "strict").statusCode(422).body("type", org.hamcrest.Matchers.is("/problems/agency-not-active"));
        long accepted = System.nanoTime();

        // government, created mid-year and the withdrawn one missing; the one retired mid-year not expected
        awaitCompleteness(Map.of("expected", 5, "received", 2, "onTime", 1, "late", 1, "missing", 3, "unrostered", 1));
        System.out.printf("[e2e] completeness had the roster and the reports %.1f s after the last was accepted%n",
                (System.nanoTime() - accepted) / 1e9);
        JsonNode agencies = ReportJson.parse(completeness().extract().asString()).get("agencies");
        assertEquals(20, standing(agencies, LATE).get("daysLate").asInt());
        assertEquals("MISSING", standing(agencies, CREATED).get("standing").asText());

        // a return, a resubmission, and acceptances
        String submitter = system.token("submitter", "410482", OFFICE);
        decide(reviewer, OFFICE, 1, Map.of("decision", "RETURNED", "comments",
                List.of(Map.of("pointer", "/applications/newlyReceived/naturalPerson", "text", "请核对")))).statusCode(201);
        as(submitter).get(report("/api/v1/agencies/" + OFFICE + "/reports/2024")).then().statusCode(200)
                .body("review.status", org.hamcrest.Matchers.is("RETURNED"))
                .body("review.comments[0].text", org.hamcrest.Matchers.is("请核对"));
        ObjectNode corrected = ReportJson.movedApplications(office, "outcomes.unableToProvide.notHeld", "outcomes.granted",
                "naturalPerson", 1);
        as(submitter).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(ReportJson.write(corrected))
                .put(report("/api/v1/agencies/" + OFFICE + "/reports/2024")).then().statusCode(200)
                .body("revision", org.hamcrest.Matchers.is(2)).body("review.status", org.hamcrest.Matchers.is("PENDING"));
        decide(reviewer, OFFICE, 2, Map.of("decision", "ACCEPTED")).statusCode(201);
        decide(reviewer, LATE, 1, Map.of("decision", "ACCEPTED")).statusCode(201);
        decide(system.token("reviewer", "410100"), UNROSTERED, 1, Map.of("decision", "ACCEPTED")).statusCode(403);

        // by hand: the accepted reports are the corrected office report and the late one; without violations, the office's
        awaitRollup("accepted", false, 2, sum(corrected, late));
        awaitRollup("accepted", true, 1, sum(corrected));
        awaitRollup("received", false, 3, sum(corrected, late, stranger));

        // retiring an agency crosses Kafka too: the government retired before the year's end is no longer expected
        as(reviewer).post(report("/api/v1/agencies/" + GOVERNMENT + "/retire?activeTo=2024-10-31")).then().statusCode(200);
        awaitCompleteness(Map.of("expected", 4, "received", 2, "missing", 2, "unrostered", 1));
    }

    private static Map<String, BigDecimal> sum(JsonNode... reports) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (JsonNode report : reports) {
            ReportJson.numbers(report).forEach((name, value) -> sums.merge(name, value, BigDecimal::add));
        }
        return sums;
    }

    private static void awaitRollup(String basis, boolean excludeViolations, int reports, Map<String, BigDecimal> sums) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200)).ignoreExceptions().untilAsserted(() -> {
            JsonNode rollup = ReportJson.parse(as(system.adminToken()).queryParam("scope", "own")
                    .queryParam("basis", basis).queryParam("excludeViolations", excludeViolations)
                    .get(system.aggregationService().url() + "/api/v1/rollups/410482/2024").then().statusCode(200)
                    .extract().asString());
            assertEquals(reports, rollup.get("reportCount").asInt(), basis + " " + excludeViolations);
            Map<String, BigDecimal> got = ReportJson.numbers(rollup);
            sums.forEach((name, value) -> assertEquals(0, value.compareTo(got.get(name)),
                    basis + " " + excludeViolations + " " + name + ": " + got.get(name) + ", by hand " + value));
        });
    }

    private static void awaitCompleteness(Map<String, Integer> totals) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100)).ignoreExceptions().untilAsserted(() -> {
            JsonNode figures = ReportJson.parse(completeness().extract().asString()).get("totals");
            totals.forEach((name, value) -> assertEquals(value.intValue(), figures.get(name).asInt(), name + " in " + figures));
        });
    }

    private static ValidatableResponse completeness() {
        return as(system.token("viewer", "000000")).queryParam("scope", "own").queryParam("asOf", "2025-04-01")
                .get(system.aggregationService().url() + "/api/v1/completeness/410482/2024").then().statusCode(200);
    }

    private static JsonNode standing(JsonNode agencies, String agencyId) {
        for (JsonNode agency : agencies) {
            if (agency.get("agencyId").asText().equals(agencyId)) {
                return agency;
            }
        }
        throw new AssertionError("no " + agencyId + " in " + agencies);
    }

    private static ValidatableResponse roster(String token, String agencyId, String name, String kind, String from,
                                              String to) {
        Map<String, Object> agency = new java.util.HashMap<>(Map.of("name", name, "regionCode", "410482", "kind", kind));
        if (from != null) {
            agency.put("activeFrom", from);
        }
        if (to != null) {
            agency.put("activeTo", to);
        }
        return as(token).contentType(ContentType.JSON).body(agency).put(report("/api/v1/agencies/" + agencyId)).then();
    }

    private static ValidatableResponse submit(JsonNode report, String validation) {
        return as(system.adminToken()).contentType(ContentType.JSON).queryParam("validation", validation)
                .body(ReportJson.write(report)).post(report("/api/v1/reports")).then();
    }

    private static ValidatableResponse decide(String token, String agencyId, int revision, Map<String, Object> decision) {
        return as(token).contentType(ContentType.JSON).body(decision)
                .post(report("/api/v1/agencies/" + agencyId + "/reports/2024/revisions/" + revision + "/review")).then();
    }

    private static String report(String path) {
        return system.reportService().url() + path;
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
