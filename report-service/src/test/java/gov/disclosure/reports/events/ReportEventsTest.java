package gov.disclosure.reports.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static gov.disclosure.reports.ReportApi.revise;
import static gov.disclosure.reports.ReportApi.submit;
import static gov.disclosure.reports.ReportApi.withdraw;
import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.getHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class ReportEventsTest {

    private static final Path SCHEMA = Path.of("..", "openapi", "report-published.schema.json");

    private final ReportPublishedCodec codec = new ReportPublishedCodec(Regions.standard());

    @Test
    void everyStoredRevisionIsPublishedOnceKeyedByItsAgency() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        submit(report).then().statusCode(201);
        submit(report).then().statusCode(200);
        revise(narrated(report), "\"1\"").then().statusCode(200);
        withdraw(report, "\"2\"").then().statusCode(200);

        List<ReportPublished> events = events(PublishedEvents.of(Fixtures.agencyId(report), 3));

        assertEquals(List.of(1, 2, 3), events.stream().map(ReportPublished::revision).toList());
        assertEquals(List.of(ReportStatus.PUBLISHED, ReportStatus.PUBLISHED, ReportStatus.WITHDRAWN),
                events.stream().map(ReportPublished::status).toList());
    }

    @Test
    void aBulkSubmissionPublishesEachStoredRevisionInLineOrder() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        ObjectNode revised = narrated(report);
        String body = String.join("\n", report.toString(), "{\"agency\": 1}",
                "{\"ifMatch\": \"1\", \"report\": " + revised + "}", revised.toString()) + "\n";

        io.restassured.RestAssured.given().contentType("application/x-ndjson")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/reports/bulk")
                .then().statusCode(200);

        List<ReportPublished> events = events(PublishedEvents.of(Fixtures.agencyId(report), 2));
        assertEquals(List.of(1, 2), events.stream().map(ReportPublished::revision).toList());
    }

    @Test
    void anEventCarriesTheRevisionEveryNumberAndCloudEventsAttributes() throws IOException {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        String reportId = submit(report).then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = PublishedEvents.of(Fixtures.agencyId(report), 1).get(0);
        ReportPublished event = codec.read(record.value());

        assertEquals(reportId, event.reportId().toString());
        assertEquals(Fixtures.agencyId(report), event.agencyId());
        assertEquals("新安县示例局", event.agencyName());
        assertEquals("410323", event.regionCode());
        assertEquals(2023, event.year());
        assertEquals(0, event.violationCount());
        assertEquals(ReportNumbers.flatten(Fixtures.JSON.treeToValue(report, AnnualReport.class)), event.numbers());
        assertEquals("1.0", getHeader(record.headers(), "ce_specversion"));
        assertEquals(ReportPublished.TYPE, getHeader(record.headers(), "ce_type"));
        assertEquals("report-service", getHeader(record.headers(), "ce_source"));
        assertEquals(reportId, getHeader(record.headers(), "ce_subject"));
        assertEquals(ReportPublished.DATA_SCHEMA, getHeader(record.headers(), "ce_dataschema"));
        assertFalse(getHeader(record.headers(), "ce_id").isBlank());
        assertEquals("application/json", getHeader(record.headers(), "content-type"));
        assertEquals(Set.of(), schemaErrors(record.value()));
    }

    @Test
    void aReportKeptWithViolationsSaysHowMany() {
        ObjectNode report = Fixtures.with(Fixtures.newReport("ruzhou-szfb-2024"), "/applications/carriedForward/total", 5);
        gov.disclosure.reports.ReportApi.json(report).queryParam("validation", "lenient")
                .post(gov.disclosure.reports.ReportApi.REPORTS).then().statusCode(201);

        ReportPublished event = codec.read(PublishedEvents.of(Fixtures.agencyId(report), 1).get(0).value());

        assertEquals(2, event.violationCount());
    }

    @Test
    void eventsAreMarkedSentOnceKafkaAcknowledgedThem() throws InterruptedException {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        submit(report).then().statusCode(201);
        PublishedEvents.of(Fixtures.agencyId(report), 1);

        long unsent = -1;
        for (int attempt = 0; attempt < 50 && unsent != 0; attempt++) {
            unsent = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key = ?1 and sentAt is null",
                    Fixtures.agencyId(report)));
            Thread.sleep(100);
        }
        assertEquals(0, unsent);
    }

    @Test
    void theSchemaNamesEveryNumberOfTheTemplate() throws IOException {
        JsonNode numbers = Fixtures.JSON.readTree(SCHEMA.toFile()).at("/properties/numbers/required");

        List<String> names = new ArrayList<>();
        numbers.forEach(name -> names.add(name.asText()));
        assertEquals(ReportNumbers.NAMES, names);
    }

    private Set<ValidationMessage> schemaErrors(String payload) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMA));
        return schema.validate(Fixtures.JSON.readTree(payload));
    }

    private List<ReportPublished> events(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> codec.read(record.value())).toList();
    }

    private static ObjectNode narrated(ObjectNode report) {
        ObjectNode copy = report.deepCopy();
        copy.putObject("narrative").put("overview", "修订");
        return copy;
    }
}
