package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static gov.disclosure.reports.ReportApi.body;
import static gov.disclosure.reports.ReportApi.path;
import static gov.disclosure.reports.ReportApi.revise;
import static gov.disclosure.reports.ReportApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReviseReportTest {

    @Test
    void changingAnExistingReportWithoutIfMatchIsRefusedWithTheCurrentEtag() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        submit(report).then().statusCode(201);

        submit(changed(report)).then()
                .statusCode(428)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("type", is("/problems/precondition-required"))
                .body("currentRevision", is(1));
        revise(changed(report), null).then().statusCode(428);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        submit(report).then().statusCode(201);
        revise(changed(report), "\"1\"").then().statusCode(200);

        revise(changed(changed(report)), "\"1\"").then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"2\"")
                .body("type", is("/problems/precondition-failed"))
                .body("currentRevision", is(2));
    }

    @Test
    void theCurrentEtagStoresTheNextRevisionAndKeepsEveryRevision() {
        ObjectNode first = Fixtures.newReport("xinan-example-2023-pdf");
        String id = submit(first).then().statusCode(201).extract().path("id");
        ObjectNode second = changed(first);

        revise(second, "\"1\"").then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("id", is(id))
                .body("revision", is(2))
                .body("report.narrative.overview", is(second.at("/narrative/overview").asText()));
        ObjectNode third = changed(second);
        submit(third, "\"2\"").then().statusCode(200).body("revision", is(3));

        given().get(path(first) + "/revisions").then()
                .statusCode(200)
                .body("revision", contains(1, 2, 3))
                .body("status", contains("PUBLISHED", "PUBLISHED", "PUBLISHED"));
        assertEquals(first, body(given().get(path(first) + "/revisions/1")).get("report"));
        assertEquals(second, body(given().get(path(first) + "/revisions/2")).get("report"));
        assertEquals(third, body(given().get(path(first)).then().header("ETag", "\"3\"").extract().response())
                .get("report"));
        given().get("/api/v1/reports/" + id).then().body("revision", is(3));
        given().get(path(first) + "/revisions/4").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void putCreatesAReportThatDoesNotExistYet() {
        ObjectNode report = Fixtures.newReport("zhengzhou-zwfwb-2021");

        revise(report, null).then().statusCode(201).body("revision", is(1));
        revise(report, null).then().statusCode(200).body("revision", is(1));
    }

    @Test
    void putWithIfMatchOnAReportThatDoesNotExistFails() {
        revise(Fixtures.newReport("zhengzhou-zwfwb-2021"), "\"1\"").then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void theBodyOfAPutMustBeTheReportOfTheUrl() {
        ObjectNode report = Fixtures.newReport("zhengzhou-zwfwb-2021");
        String otherAgency = "/api/v1/agencies/" + Fixtures.uniqueAgencyId("other") + "/reports/2020";

        given().contentType("application/json").body(report.toString()).put(otherAgency).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-report"))
                .body("errors.pointer", contains("/agency/id", "/year"));
    }

    @RepeatedTest(5)
    void ofTwoSimultaneousWritersNamingTheSameRevisionExactlyOneWins() throws Exception {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        submit(report).then().statusCode(201);
        ObjectNode mine = narrated(report, "甲");
        ObjectNode theirs = narrated(report, "乙");

        List<Integer> statuses = simultaneously(
                () -> revise(mine, "\"1\"").statusCode(),
                () -> revise(theirs, "\"1\"").statusCode());

        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        given().get(path(report) + "/revisions").then().body("revision", contains(1, 2));
    }

    @Test
    void aBareRevisionNumberInIfMatchIsUnderstood() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        submit(report).then().statusCode(201);

        revise(changed(report), "1").then().statusCode(200).body("revision", equalTo(2));
        given().get(path(report) + "/revisions").then().body("revision", hasItem(2));
    }

    /** A copy whose narrative differs: different content with the same, valid numbers. */
    @Test
    void twoRevisionsCanBeComparedCellByCell() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        submit(report).then().statusCode(201);
        ObjectNode revised = report.deepCopy();
        ((ObjectNode) revised.at("/proactiveDisclosure/licensing")).put("decisions", 12);
        revise(revised, "\"1\"").then().statusCode(200);
        ReportApi.withdraw(revised, "\"2\"").then().statusCode(200);

        given().get(path(report) + "/revisions/1/diff/2").then()
                .statusCode(200)
                .body("changes.pointer", contains("/proactiveDisclosure/licensing/decisions"))
                .body("changes[0].section", is("二"))
                .body("changes[0].after", is(12))
                .body("status", is(nullValue()));
        given().get(path(report) + "/revisions/2/diff/3").then()
                .statusCode(200)
                .body("changes.size()", is(0))
                .body("status", contains("PUBLISHED", "WITHDRAWN"));
        given().get(path(report) + "/revisions/1/diff/9").then().statusCode(404);
    }

    @Test
    void aRevisionKeepsWhyItWasMade() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        submit(report).then().statusCode(201).body("changeReason", is(nullValue()));

        given().contentType("application/json").header("If-Match", "\"1\"")
                .header("X-Change-Reason", java.net.URLEncoder.encode("更正：行政许可数 12", java.nio.charset.StandardCharsets.UTF_8))
                .body(changed(report).toString()).put(path(report)).then()
                .statusCode(200)
                .body("changeReason", is("更正：行政许可数 12"));
        given().header("If-Match", "\"2\"").header("X-Change-Reason", "published twice by mistake")
                .delete(path(report)).then().statusCode(200).body("changeReason", is("published twice by mistake"));

        given().get(path(report) + "/revisions").then()
                .body("changeReason", contains(null, "更正：行政许可数 12", "published twice by mistake"));
    }

    @Test
    void aChangeReasonThatIsNoTextIsRefusedByName() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        submit(report).then().statusCode(201);

        for (String reason : List.of("x".repeat(501), "%E6%9B", "a%0Ab")) {
            given().contentType("application/json").header("If-Match", "\"1\"").header("X-Change-Reason", reason)
                    .body(changed(report).toString()).put(path(report)).then()
                    .statusCode(400)
                    .body("errors[0].parameter", is("X-Change-Reason"));
        }
    }

    static ObjectNode changed(ObjectNode report) {
        String overview = report.has("narrative") ? report.at("/narrative/overview").asText() : "";
        return narrated(report, overview + "又");
    }

    static ObjectNode narrated(ObjectNode report, String overview) {
        ObjectNode copy = report.deepCopy();
        copy.putObject("narrative").put("overview", overview);
        return copy;
    }

    @SafeVarargs
    static <T> List<T> simultaneously(Callable<T>... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.length);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
