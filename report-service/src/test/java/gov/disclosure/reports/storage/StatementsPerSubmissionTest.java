package gov.disclosure.reports.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many statements a write costs: the locks in one, then the roster entry with the current revision, the years
 * around it and the record of its idempotency key (one by one) or the roster entries, then the stored reports (in
 * bulk), all in the write's transaction.
 */
@QuarkusTest
class StatementsPerSubmissionTest {

    @Test
    void aNewReportTakesFiveStatements() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");

        var counted = StatementCounter.during(() -> ReportApi.submit(report));

        assertEquals(201, counted.result().statusCode());
        // locks, roster entry with the years around and the current one; report, revision, event
        assertEquals(5, counted.statements().size(), String.join("\n", counted.statements()));
    }

    @Test
    void aRevisionWithAYearBeforeAndAnIdempotencyKeyTakesSix() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ReportApi.submit(report.deepCopy().put("year", 2023)).then().statusCode(201);
        ReportApi.submit(report).then().statusCode(201);

        var counted = StatementCounter.during(() -> ReportApi.json(changed(report))
                .header("If-Match", "\"1\"").header("Idempotency-Key", UUID.randomUUID().toString())
                .post(ReportApi.REPORTS));

        assertEquals(200, counted.result().statusCode());
        // locks, roster entry with years around, current and idempotency record; revision, event, record, report update
        assertEquals(6, counted.statements().size(), String.join("\n", counted.statements()));
    }

    @Test
    void aRetryIsAnsweredFromTheRecordReadWithTheReportInFiveStatements() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String key = UUID.randomUUID().toString();
        Response first = ReportApi.json(report).header("Idempotency-Key", key).post(ReportApi.REPORTS);
        first.then().statusCode(201);

        var counted = StatementCounter.during(() -> ReportApi.json(report).header("Idempotency-Key", key)
                .post(ReportApi.REPORTS));

        assertEquals(201, counted.result().statusCode(), "a retry gets the first answer");
        assertEquals(first.header("Location"), counted.result().header("Location"));
        // locks, roster entry with years around, current and idempotency record, the revision it answered with; then
        // for the answer, the report and its latest review decision
        assertEquals(5, counted.statements().size(), String.join("\n", counted.statements()));
    }

    private static ObjectNode changed(ObjectNode report) {
        ObjectNode copy = report.deepCopy();
        copy.putObject("narrative").put("overview", "又");
        return copy;
    }

    @Test
    void aBulkOfTwoHundredNewReportsTakesSixStatements() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(Fixtures.newReport("zhoukou-xzfwzx-2021").toString());
        }
        byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

        var counted = StatementCounter.during(() -> given().contentType("application/x-ndjson").body(body)
                .post("/api/v1/reports/bulk"));

        Response answer = counted.result();
        assertEquals(200, answer.statusCode());
        assertEquals(200, answer.asString().split("\n").length);
        long inserts = counted.statements().stream().filter(sql -> sql.startsWith("insert")).count();
        System.out.printf("bulk of 200: %d statements, %d of them inserts%n", counted.statements().size(), inserts);
        assertEquals(3, inserts, "one batch per table");
        // locks, roster, stored reports; report, revision, event
        assertEquals(6, counted.statements().size(), String.join("\n", counted.statements()));
    }
}
