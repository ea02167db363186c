package gov.disclosure.reports.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may do what to which report, as one table: every endpoint × role × where the report is (its agency, its
 * region as sent, its region as stored). Agency A acts from 汝州 (410482); each row stores what it needs afresh, by
 * an admin, so that no cell sees another's writes:
 * <ul>
 *     <li>own: A's report stored in 410482;</li>
 *     <li>stored elsewhere: A's report an admin stored in 郑州 (410100), outside A's submitter's region;</li>
 *     <li>other agency: agency C's report in 410482.</li>
 * </ul>
 * Callers: A's submitter (410482), another agency's submitter (410482), reviewers of 平顶山 (410400, above 汝州) and of
 * 郑州 (410100), a dashboard, an admin, no token. Each cell is the status the caller gets (for a batch: the status of
 * its one text).
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String IMPORTS = "/api/v1/imports";
    private static final List<String> CALLERS = List.of("submitter A", "submitter B", "reviewer 410400",
            "reviewer 410100", "viewer", "admin", "no token");

    static Stream<Arguments> matrix() {
        return Stream.of(
                //                                                     sub A sub B rev↑  rev郑 view admin none
                row("GET own report", (c, s) -> get(c, s.own()),           200, 403, 200, 403, 403, 200, 401),
                row("GET report stored elsewhere", (c, s) -> get(c, s.elsewhere()), 403, 403, 403, 200, 403, 200, 401),
                row("GET other agency's report", (c, s) -> get(c, s.other()), 403, 403, 200, 403, 403, 200, 401),
                row("GET own revisions", (c, s) -> c.get(ReportApi.path(s.own()) + "/revisions"),
                        200, 403, 200, 403, 403, 200, 401),
                row("GET revisions stored elsewhere", (c, s) -> c.get(ReportApi.path(s.elsewhere()) + "/revisions/1"),
                        403, 403, 403, 200, 403, 200, 401),
                row("GET diff of revisions stored elsewhere",
                        (c, s) -> c.get(ReportApi.path(s.elsewhere()) + "/revisions/1/diff/1"),
                        403, 403, 403, 200, 403, 200, 401),
                row("GET own report's table", (c, s) -> c.get(ReportApi.path(s.own()) + "/table?format=csv"),
                        200, 403, 200, 403, 403, 200, 401),
                row("GET own report's indicators", (c, s) -> c.get(ReportApi.path(s.own()) + "/indicators"),
                        200, 403, 200, 403, 403, 200, 401),
                row("GET table of a report stored elsewhere", (c, s) -> c.get(ReportApi.path(s.elsewhere()) + "/table"),
                        403, 403, 403, 200, 403, 200, 401),
                row("GET by id stored elsewhere", (c, s) -> c.get("/api/v1/reports/" + s.id(s.elsewhere())),
                        403, 403, 403, 200, 403, 200, 401),
                row("GET list of region 410100", (c, s) -> c.queryParam("regionCode", "410100").get(ReportApi.REPORTS),
                        403, 403, 403, 200, 403, 200, 401),
                row("PUT own report", (c, s) -> put(c, s.own(), "410482"), 200, 403, 403, 403, 403, 200, 401),
                row("PUT moving a report stored elsewhere into reach", (c, s) -> put(c, s.elsewhere(), "410482"),
                        403, 403, 403, 403, 403, 200, 401),
                row("PUT moving own report out of reach", (c, s) -> put(c, s.own(), "410100"),
                        403, 403, 403, 403, 403, 200, 401),
                row("DELETE own report", (c, s) -> delete(c, s.own()), 200, 403, 403, 403, 403, 200, 401),
                row("DELETE report stored elsewhere", (c, s) -> delete(c, s.elsewhere()), 403, 403, 403, 403, 403, 200, 401),
                row("POST new report of A in 410482", (c, s) -> post(c, s.newOwn("410482"), null), 201, 403, 403, 403, 403, 201, 401),
                row("POST new report of A in 410100", (c, s) -> post(c, s.newOwn("410100"), null), 403, 403, 403, 403, 403, 201, 401),
                row("POST revising a report stored elsewhere", (c, s) -> post(c, regionOf(s.elsewhere(), "410482"), "\"1\"")
                        , 403, 403, 403, 403, 403, 200, 401),
                row("POST validate own report", (c, s) -> c.contentType("application/json")
                        .body(s.own().toString()).post(ReportApi.REPORTS + "/validate"), 200, 403, 200, 403, 403, 200, 401),
                row("POST text naming another agency", (c, s) -> text(c, s.textOfAnotherAgency()),
                        403, 403, 403, 403, 403, 201, 401),
                row("POST batch with a text naming another agency", (c, s) -> batchItem(c, s.textOfAnotherAgency()),
                        403, 403, 403, 403, 403, 201, 401),
                row("POST import job", (c, s) -> c.multiPart("file", "n.txt", "会议通知".getBytes(StandardCharsets.UTF_8),
                        "text/plain").post(IMPORTS), 202, 202, 403, 403, 403, 202, 401),
                row("POST import job with a text naming another agency (the job's reach is its sender's)",
                        (c, s) -> importItem(c, s.textOfAnotherAgency()), 403, 403, 403, 403, 403, 201, 401),
                row("GET import job of submitter A", (c, s) -> c.get(s.jobOfA()), 200, 403, 403, 403, 403, 200, 401),
                row("GET import jobs", (c, s) -> c.get(IMPORTS), 200, 200, 403, 403, 403, 200, 401),
                row("POST cancel import job of submitter A", (c, s) -> c.post(s.jobOfA() + "/cancel"),
                        200, 403, 403, 403, 403, 200, 401),
                row("DELETE import job of submitter A", (c, s) -> c.delete(s.jobOfA()), 200, 403, 403, 403, 403, 200, 401),
                row("GET source of own report", (c, s) -> c.get(ReportApi.path(s.own()) + "/revisions/1/source"),
                        404, 403, 404, 403, 403, 404, 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void statuses(String what, BiFunction<RequestSpecification, Scenario, Integer> call, Map<String, Integer> expected) {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            Scenario scenario = new Scenario(Fixtures.uniqueAgencyId("a"), Fixtures.uniqueAgencyId("b"));
            actual.put(caller, call.apply(as(caller, scenario), scenario));
        }
        assertEquals(expected, actual, what);
    }

    /** The reports of one cell, stored by an admin when first asked for. */
    static final class Scenario {
        final String agencyA;
        final String agencyB;
        private final Map<String, ObjectNode> stored = new LinkedHashMap<>();

        Scenario(String agencyA, String agencyB) {
            this.agencyA = agencyA;
            this.agencyB = agencyB;
        }

        ObjectNode own() {
            return stored.computeIfAbsent("own", key -> store(report(agencyA, "410482", 2024)));
        }

        ObjectNode elsewhere() {
            return stored.computeIfAbsent("elsewhere", key -> store(report(agencyA, "410100", 2023)));
        }

        ObjectNode other() {
            return stored.computeIfAbsent("other", key -> store(report(Fixtures.uniqueAgencyId("c"), "410482", 2024)));
        }

        ObjectNode newOwn(String region) {
            return report(agencyA, region, 2022);
        }

        /** A job submitter A started, with one file. */
        String jobOfA() {
            return given().header("Authorization", "Bearer " + Tokens.submitter("410482", agencyA))
                    .multiPart("file", "n.txt", "会议通知".getBytes(StandardCharsets.UTF_8), "text/plain")
                    .post(IMPORTS).then().statusCode(202).extract().header("Location");
        }

        String id(ObjectNode report) {
            return ReportApi.latest(report).then().extract().path("id");
        }

        /** Agency A is known as 汝州市人民政府办公室 (its own report is stored); the text is another agency's. */
        String textOfAnotherAgency() {
            own();
            String name = "汝州市教育局" + UUID.randomUUID().toString().substring(0, 4);
            return Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", name).replace("2024", "2022");
        }

        private static ObjectNode report(String agency, String region, int year) {
            ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024").put("regionCode", region).put("year", year);
            ((ObjectNode) report.get("agency")).put("id", agency);
            return report;
        }

        private static ObjectNode store(ObjectNode report) {
            given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                    .body(report.toString()).post(ReportApi.REPORTS).then().statusCode(201);
            return report;
        }
    }

    private static Arguments row(String what, BiFunction<RequestSpecification, Scenario, Object> call, int... statuses) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            expected.put(CALLERS.get(i), statuses[i]);
        }
        BiFunction<RequestSpecification, Scenario, Integer> status = (caller, scenario) -> {
            Object answer = call.apply(caller, scenario);
            return answer instanceof Response response ? response.statusCode() : (Integer) answer;
        };
        return Arguments.of(what, status, expected);
    }

    private static RequestSpecification as(String caller, Scenario scenario) {
        String token = switch (caller) {
            case "submitter A" -> Tokens.submitter("410482", scenario.agencyA);
            case "submitter B" -> Tokens.submitter("410482", scenario.agencyB);
            case "reviewer 410400" -> Tokens.reviewer("410400");
            case "reviewer 410100" -> Tokens.reviewer("410100");
            case "viewer" -> Tokens.viewer();
            case "admin" -> Tokens.admin();
            default -> null;
        };
        return token == null ? given().noFilters() : given().header("Authorization", "Bearer " + token);
    }

    private static Response get(RequestSpecification caller, ObjectNode report) {
        return caller.get(ReportApi.path(report));
    }

    private static Response put(RequestSpecification caller, ObjectNode report, String region) {
        return caller.contentType("application/json").header("If-Match", "\"1\"")
                .body(regionOf(report, region).toString()).put(ReportApi.path(report));
    }

    private static Response delete(RequestSpecification caller, ObjectNode report) {
        return caller.header("If-Match", "\"1\"").delete(ReportApi.path(report));
    }

    private static Response post(RequestSpecification caller, ObjectNode report, String ifMatch) {
        if (ifMatch != null) {
            caller.header("If-Match", ifMatch);
        }
        return caller.contentType("application/json").body(report.toString()).post(ReportApi.REPORTS);
    }

    private static ObjectNode regionOf(ObjectNode report, String region) {
        return report.deepCopy().put("regionCode", region);
    }

    private static Response text(RequestSpecification caller, String text) {
        return caller.contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post(ReportApi.REPORTS);
    }

    /** The status of the job's one file once read (201 stored, else its problem's); the job's own if refused. */
    private static int importItem(RequestSpecification caller, String text) {
        Response started = caller.multiPart("file", "t.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(IMPORTS);
        if (started.statusCode() != 202) {
            return started.statusCode();
        }
        String location = started.header("Location");
        for (int i = 0; i < 300; i++) {
            Response job = given().header("Authorization", "Bearer " + Tokens.admin()).get(location);
            if (!"RUNNING".equals(job.path("status"))) {
                Integer refused = job.path("refusals[0].status");
                return refused != null ? refused : job.<Integer>path("stored") == 1 ? 201 : 200;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the job at " + location + " did not end");
    }

    private static int batchItem(RequestSpecification caller, String text) {
        Response batch = caller.multiPart("file", "t.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(ReportApi.REPORTS + "/batch");
        return batch.statusCode() == 200 ? batch.then().extract().path("results[0].status") : batch.statusCode();
    }
}
