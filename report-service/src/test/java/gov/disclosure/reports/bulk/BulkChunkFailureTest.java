package gov.disclosure.reports.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BulkChunkFailureTest {

    @Test
    void aChunkTheDatabaseRefusesIsStoredLineByLine() {
        ObjectNode first = Fixtures.newReport("ruzhou-szfb-2024");
        ObjectNode second = Fixtures.newReport("zhoukou-xzfwzx-2021");
        String body = String.join("\n", first.toString(), "{not json", second.toString(), first.toString()) + "\n";
        ChunkFailures.failNext(1);

        Response answer = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/bulk");

        answer.then().statusCode(200);
        List<Integer> statuses = Arrays.stream(answer.asString().split("\n"))
                .map(line -> Integer.parseInt(line.replaceAll(".*\"status\":(\\d+).*", "$1"))).toList();
        assertEquals(List.of(201, 400, 201, 200), statuses);
        ReportApi.latest(first).then().statusCode(200).body("revision", is(1));
        ReportApi.latest(second).then().statusCode(200).body("revision", is(1));
    }
}
