package gov.disclosure.reports.published;

import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A single submission's document waits for its turn among the documents being read only so long: then its caller is
 * told the service is busy (503 with Retry-After) instead of waiting on for readings that may each take seconds.
 */
@QuarkusTest
@TestProfile(BusyDocumentReadersTest.OneReaderBriefWait.class)
class BusyDocumentReadersTest {

    public static class OneReaderBriefWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reports.documents.max-concurrent-reads", "1", "reports.documents.max-read-wait", "200ms");
        }
    }

    @Test
    void ofTwoDocumentsSentAtOnceWhileTheFirstTakesSecondsToReadTheOtherIsA503WithRetryAfter() throws Exception {
        // forms drawing forms: read until the reading-steps budget, some two seconds, then refused as too large
        byte[] slow = DocumentBombsTest.formsDrawingForms(9, 10);

        List<CompletableFuture<Response>> sent = Stream.of(slow, slow)
                .map(pdf -> CompletableFuture.supplyAsync(() -> given().contentType("application/pdf").body(pdf)
                        .queryParam("dryRun", true).post(ReportApi.REPORTS).then().extract().response()))
                .toList();

        List<Response> answers = sent.stream().map(CompletableFuture::join).toList();
        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(413, 503), statuses, answers.stream().map(Response::asString).toList().toString());
        Response busy = answers.stream().filter(answer -> answer.statusCode() == 503).findFirst().orElseThrow();
        assertEquals("application/problem+json", busy.contentType());
        assertEquals("1", busy.header("Retry-After"));
        assertEquals("/problems/service-unavailable", busy.path("type"));
        assertEquals("The service is busy", busy.path("title"));
    }

    @Test
    void aTextFarLongerThanAReportWaitsForItsTurnAsADocumentDoes() throws Exception {
        byte[] slow = DocumentBombsTest.formsDrawingForms(9, 10);
        String longText = Fixtures.text("ruzhou-szfb-2024") + "本机关认真贯彻落实政府信息公开条例。\n".repeat(6_000);
        assertTrue(longText.length() > 100_000);

        CompletableFuture<Response> document = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/pdf").body(slow).queryParam("dryRun", true).post(ReportApi.REPORTS)
                .then().extract().response());
        Thread.sleep(1_000); // the document is being read (some two seconds of CPU) when the text comes
        Response text = given().contentType("text/plain; charset=UTF-8").body(longText).queryParam("dryRun", true)
                .post(ReportApi.REPORTS).then().extract().response();

        assertEquals(503, text.statusCode(), text.asString());
        assertEquals("/problems/service-unavailable", text.path("type"));
        assertEquals(413, document.join().statusCode());
        given().contentType("text/plain; charset=UTF-8").body(Fixtures.text("ruzhou-szfb-2024"))
                .queryParam("dryRun", true).post(ReportApi.REPORTS).then().statusCode(200);
    }
}
