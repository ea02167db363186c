package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static gov.disclosure.reports.ReportApi.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BulkSubmitTest {

    static final String BULK = "/api/v1/reports/bulk";
    static final String NDJSON = "application/x-ndjson";

    @Test
    void eachLineGetsItsOwnAnswerInOrderAndABadLineLosesNoNeighbour() {
        ObjectNode first = Fixtures.newReport("ruzhou-szfb-2024");
        ObjectNode last = Fixtures.newReport("zhoukou-xzfwzx-2021");
        ObjectNode wrongYear = Fixtures.newReport("zhengzhou-zwfwb-2021").put("year", "二〇二一");

        List<JsonNode> answers = bulk(first.toString(), "{\"agency\": ", "", wrongYear.toString(), last.toString());

        assertEquals(List.of(1, 2, 4, 5), answers.stream().map(answer -> answer.get("line").asInt()).toList());
        assertEquals(List.of(201, 400, 422, 201), statuses(answers));
        assertEquals("CREATED", answers.get(0).get("outcome").asText());
        assertEquals("\"1\"", answers.get(0).get("etag").asText());
        assertEquals(1, answers.get(0).get("revision").asInt());
        assertEquals(Fixtures.agencyId(first), answers.get(0).get("agencyId").asText());
        assertEquals("/problems/malformed-json", answers.get(1).at("/problem/type").asText());
        assertEquals("/problems/invalid-report", answers.get(2).at("/problem/type").asText());
        assertEquals("/year", answers.get(2).at("/problem/errors/0/pointer").asText());
        ReportApi.latest(first).then().statusCode(200).body("id", is(answers.get(0).get("id").asText()));
        ReportApi.latest(last).then().statusCode(200).body("revision", is(1));
        ReportApi.latest(wrongYear.put("year", 2021)).then().statusCode(404);
    }

    @Test
    void aRefusedLineGetsTheProblemASinglePostGets() {
        ObjectNode broken = Fixtures.with(Fixtures.newReport("ruzhou-szfb-2024"), "/applications/newlyReceived/total",
                999_999);
        Response single = ReportApi.submit(broken);

        JsonNode line = bulk(broken.toString()).get(0);

        assertEquals(single.statusCode(), line.get("status").asInt());
        ObjectNode expected = (ObjectNode) body(single);
        expected.put("instance", BULK);
        assertEquals(expected, line.get("problem"));
    }

    @Test
    void aChangedReportNeedsIfMatchAsASingleSubmissionDoes() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ObjectNode changed = ReviseReportTest.changed(report);
        ObjectNode changedAgain = ReviseReportTest.changed(changed);

        List<JsonNode> answers = bulk(report.toString(), changed.toString(), options("\"1\"", null, changed),
                changed.toString(), options("\"1\"", null, changedAgain), options("2", null, changedAgain));

        assertEquals(List.of(201, 428, 200, 200, 412, 200), statuses(answers));
        assertEquals(1, answers.get(1).at("/problem/currentRevision").asInt());
        assertEquals("REVISED", answers.get(2).get("outcome").asText());
        assertEquals(2, answers.get(2).get("revision").asInt());
        assertEquals("UNCHANGED", answers.get(3).get("outcome").asText());
        assertEquals(2, answers.get(3).get("revision").asInt());
        assertEquals("/problems/precondition-failed", answers.get(4).at("/problem/type").asText());
        assertEquals(3, answers.get(5).get("revision").asInt());
        given().get(ReportApi.path(report) + "/revisions").then().body("size()", is(3));
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstAnswerInBulkAndAlone() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        String key = UUID.randomUUID().toString();

        JsonNode first = bulk(options(null, key, report)).get(0);
        List<JsonNode> again = bulk(options(null, key, report), options(null, key, ReviseReportTest.changed(report)));
        Response alone = ReportApi.json(report).header("Idempotency-Key", key).post(ReportApi.REPORTS);

        assertEquals(201, first.get("status").asInt());
        assertEquals(201, again.get(0).get("status").asInt());
        assertEquals(first.get("id"), again.get(0).get("id"));
        assertEquals("/problems/idempotency-key-reused", again.get(1).at("/problem/type").asText());
        assertEquals(201, alone.statusCode());
        assertEquals(first.get("id").asText(), body(alone).get("id").asText());
    }

    @Test
    void theSameKeyTwiceInOneBodyStoresOnce() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String key = UUID.randomUUID().toString();

        List<JsonNode> answers = bulk(options(null, key, report), options(null, key, report));

        assertEquals(List.of(201, 201), statuses(answers));
        assertEquals(answers.get(0).get("id"), answers.get(1).get("id"));
        given().get(ReportApi.path(report) + "/revisions").then().body("size()", is(1));
    }

    @Test
    void aSubmitterReachesOnlyItsOwnReportsAsSentAndAsStored() {
        String agency = Fixtures.uniqueAgencyId("a");
        ObjectNode own = report(agency, "410482", 2024);
        ObjectNode elsewhere = report(agency, "410100", 2023);
        ReportApi.submit(elsewhere).then().statusCode(201);
        ObjectNode other = report(Fixtures.uniqueAgencyId("c"), "410482", 2024);

        List<JsonNode> answers = bulk(given().header("Authorization", "Bearer " + Tokens.submitter("410482", agency)),
                own.toString(), other.toString(), options("\"1\"", null, elsewhere.deepCopy().put("regionCode", "410482")));

        assertEquals(List.of(201, 403, 403), statuses(answers));
        ReportApi.latest(elsewhere).then().body("revision", is(1)).body("report.regionCode", is("410100"));
    }

    @Test
    void aLineLongerThanASingleBodyIsRefusedOnItsOwn() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String huge = "{\"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        List<JsonNode> answers = bulk(huge, report.toString());

        assertEquals(List.of(413, 201), statuses(answers));
        assertEquals("/problems/payload-too-large", answers.get(0).at("/problem/type").asText());
    }

    @Test
    void aLineOfOptionsIsCheckedAsTheHeadersAre() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");

        List<JsonNode> answers = bulk("{\"report\": " + report + ", \"ifMatch\": \"1\", \"force\": true}",
                "{\"report\": " + report + ", \"idempotencyKey\": \"\"}",
                "{\"report\": " + report + ", \"changeReason\": \"更正\"}");

        assertEquals(List.of(400, 400, 201), statuses(answers));
        assertEquals("force", answers.get(0).at("/problem/errors/0/parameter").asText());
        assertEquals("idempotencyKey", answers.get(1).at("/problem/errors/0/parameter").asText());
    }

    @Test
    void aLineOfOptionsBeginsWithAnOptionAndAnyOtherObjectIsReadAsAReport() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ObjectNode misplaced = Fixtures.newReport("zhoukou-xzfwzx-2021");
        Response single = ReportApi.submit(Fixtures.newReport("zhoukou-xzfwzx-2021").set("report", report));

        List<JsonNode> answers = bulk("{\"changeReason\": \"首次报送\", \"report\": " + report + "}",
                misplaced.set("report", Fixtures.newReport("zhengzhou-zwfwb-2021")).toString());

        assertEquals(List.of(201, single.statusCode()), statuses(answers));
        assertEquals("/report", answers.get(1).at("/problem/errors/0/pointer").asText());
        assertEquals(body(single).at("/errors"), answers.get(1).at("/problem/errors"));
        ReportApi.latest(report).then().statusCode(200).body("changeReason", is("首次报送"));
    }

    @Test
    void aBodyWithoutReportsIsRefused() {
        given().contentType(NDJSON).body(utf8("")).post(BULK).then().statusCode(400)
                .contentType("application/problem+json").body("type", is("/problems/malformed-json"));
        given().contentType(NDJSON).body(utf8("\n  \n")).post(BULK).then().statusCode(400)
                .contentType("application/problem+json").body("type", is("/problems/malformed-json"));
    }

    @Test
    void tooManyLinesAreRefusedBeforeAnyIsStored() {
        given().contentType(NDJSON).body(utf8("\n".repeat(10_001))).post(BULK).then().statusCode(413)
                .contentType("application/problem+json").body("type", is("/problems/payload-too-large"));
    }

    @Test
    void onlyNdjsonIsTaken() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        given().contentType("application/json").body(report.toString()).post(BULK).then().statusCode(415)
                .contentType("application/problem+json");
        ReportApi.latest(report).then().statusCode(404);
    }

    @Test
    void aViewerMayNotSubmit() {
        given().header("Authorization", "Bearer " + Tokens.viewer()).contentType(NDJSON)
                .body(utf8(Fixtures.newReport("ruzhou-szfb-2024").toString())).post(BULK).then().statusCode(403);
    }

    @Test
    void manyReportsOverSeveralChunksAreAllStored() {
        List<String> lines = new ArrayList<>();
        List<ObjectNode> reports = new ArrayList<>();
        String agency = Fixtures.uniqueAgencyId("many");
        for (int i = 0; i < 450; i++) {
            // each agency's years one after the other: a line reads the year before, stored by the line above
            ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024").put("year", 2019 + i % 8);
            ((ObjectNode) report.get("agency")).put("id", agency + "-" + (i / 8));
            reports.add(report);
            lines.add(report.toString());
        }

        List<JsonNode> answers = bulk(lines.toArray(String[]::new));

        assertEquals(450, answers.size());
        assertTrue(answers.stream().allMatch(answer -> answer.get("status").asInt() == 201), answers.toString());
        ReportApi.latest(reports.get(449)).then().statusCode(200);
        assertFalse(answers.stream().map(answer -> answer.get("id").asText()).collect(Collectors.toSet()).size() < 450);
    }

    @Test
    void aLineIsCheckedAgainstTheYearBeforeStoredByTheLineAboveAsOneByOne() {
        ObjectNode before = Fixtures.with(Fixtures.newReport("ruzhou-szfb-2024"), "/proactiveDisclosure/licensing/decisions",
                1000).put("year", 2023);
        ObjectNode after = Fixtures.with(before, "/proactiveDisclosure/licensing/decisions", 50).put("year", 2024);
        ObjectNode alone = before.deepCopy();
        ((ObjectNode) alone.get("agency")).put("id", Fixtures.uniqueAgencyId("alone"));
        ObjectNode aloneAfter = after.deepCopy().set("agency", alone.get("agency").deepCopy());
        ReportApi.submit(alone).then().statusCode(201);
        ReportApi.submit(aloneAfter).then().statusCode(201);

        assertEquals(List.of(201, 201), statuses(bulk(before.toString(), after.toString())));

        JsonNode inBulk = body(ReportApi.latest(after)).at("/validation/warnings");
        JsonNode oneByOne = body(ReportApi.latest(aloneAfter)).at("/validation/warnings");
        assertTrue(inBulk.toString().contains("YEAR_ON_YEAR_JUMP"), inBulk.toString());
        assertEquals(oneByOne, inBulk);
    }

    @Test
    void aLineIsCheckedAgainstTheYearsEitherSideStoredBeforeAsOneByOne() {
        ObjectNode ofBefore = Fixtures.with(Fixtures.newReport("ruzhou-szfb-2024"),
                "/proactiveDisclosure/licensing/decisions", 1000);
        ObjectNode years = ofBefore.deepCopy();
        ObjectNode alone = ofBefore.deepCopy();
        ((ObjectNode) alone.get("agency")).put("id", Fixtures.uniqueAgencyId("alone"));
        for (ObjectNode agency : List.of(years, alone)) {
            for (int year : new int[] {2019, 2020, 2021, 2023}) {
                ReportApi.submit(agency.deepCopy().put("year", year)).then().statusCode(201);
            }
        }
        ObjectNode of2022 = Fixtures.with(years, "/proactiveDisclosure/licensing/decisions", 50).put("year", 2022);
        ObjectNode aloneOf2022 = of2022.deepCopy().set("agency", alone.get("agency").deepCopy());
        ReportApi.submit(aloneOf2022).then().statusCode(201);

        assertEquals(List.of(201), statuses(bulk(of2022.toString())));

        JsonNode inBulk = body(ReportApi.latest(of2022)).at("/validation/warnings");
        JsonNode oneByOne = body(ReportApi.latest(aloneOf2022)).at("/validation/warnings");
        assertTrue(inBulk.toString().contains("YEAR_ON_YEAR_JUMP"), inBulk.toString());
        assertEquals(oneByOne, inBulk);
    }

    static String options(String ifMatch, String key, JsonNode report) {
        ObjectNode line = Fixtures.JSON.createObjectNode();
        if (ifMatch != null) {
            line.put("ifMatch", ifMatch);
        }
        if (key != null) {
            line.put("idempotencyKey", key);
        }
        line.set("report", report);
        return line.toString();
    }

    private static ObjectNode report(String agency, String region, int year) {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024").put("regionCode", region).put("year", year);
        ((ObjectNode) report.get("agency")).put("id", agency);
        return report;
    }

    static List<JsonNode> bulk(String... lines) {
        return bulk(given(), lines);
    }

    static List<JsonNode> bulk(RequestSpecification caller, String... lines) {
        Response response = caller.contentType(NDJSON).body(utf8(String.join("\n", lines) + "\n")).post(BULK);
        response.then().statusCode(200).contentType(NDJSON);
        return Arrays.stream(response.asString().split("\n")).map(BulkSubmitTest::json).toList();
    }

    static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode json(String line) {
        try {
            return Fixtures.JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> statuses(List<JsonNode> answers) {
        return answers.stream().map(answer -> answer.get("status").asInt()).toList();
    }
}
