package gov.disclosure.reports.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Regions;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.RosterApi;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.review.ReviewDecidedCodec;
import gov.disclosure.review.ReviewDecision;
import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import gov.disclosure.roster.RosterEntryCodec;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.disclosure.reports.ReportApi.path;
import static gov.disclosure.reports.ReportApi.revise;
import static gov.disclosure.reports.ReportApi.submit;
import static io.restassured.RestAssured.given;
import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.getHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Roster changes go out on agency-roster; decisions go out on report-published after the revision they judge. */
@QuarkusTest
class RosterAndReviewEventsTest {

    private final RosterEntryCodec rosterCodec = new RosterEntryCodec(Regions.standard());

    @Test
    void everyRosterChangeIsPublishedKeyedByTheAgency() throws IOException {
        String agency = Fixtures.uniqueAgencyId("410482-xfj");
        RosterApi.rostered(agency, RosterApi.agency("汝州市信访局", "410482", "DEPARTMENT", "2020-01-01", null));
        RosterApi.put(agency, RosterApi.agency("汝州市信访局", "410482", "DEPARTMENT", "2020-01-01", null)).then().statusCode(200);
        given().post(RosterApi.AGENCIES + "/" + agency + "/retire?activeTo=2024-06-30").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = PublishedEvents.of(RosterEntry.TOPIC, agency, 2);

        List<RosterEntry> entries = records.stream().map(record -> rosterCodec.read(record.value())).toList();
        assertEquals(List.of(1, 2), entries.stream().map(RosterEntry::version).toList());
        assertEquals(LocalDate.parse("2024-06-30"), entries.get(1).activeTo());
        assertEquals(AgencyKind.DEPARTMENT, entries.get(0).kind());
        assertEquals(RosterEntry.TYPE, getHeader(records.get(0).headers(), "ce_type"));
        assertEquals(RosterEntry.DATA_SCHEMA, getHeader(records.get(0).headers(), "ce_dataschema"));
        assertEquals(agency, getHeader(records.get(0).headers(), "ce_subject"));
        assertEquals(Set.of(), schemaErrors("agency-roster.schema.json", records.get(1).value()));
    }

    @Test
    void aDecisionFollowsTheRevisionItJudgesOnTheSameKey() throws IOException {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021").put("publishedOn", "2022-01-30");
        String agency = Fixtures.agencyId(report);
        submit(report).then().statusCode(201);
        given().contentType("application/json").body(Map.of("decision", "RETURNED", "comments",
                List.of(Map.of("pointer", "/year", "text", "年度有误")))).post(path(report) + "/revisions/1/review")
                .then().statusCode(201);
        revise(report.deepCopy().put("publishedOn", "2022-02-10"), "\"1\"").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = PublishedEvents.of(agency, 3);

        assertEquals(List.of(ReportPublished.TYPE, ReviewDecided.TYPE, ReportPublished.TYPE),
                records.stream().map(record -> getHeader(record.headers(), "ce_type")).toList());
        ReviewDecided decided = ReviewDecidedCodec.read(records.get(1).value());
        assertEquals(1, decided.revision());
        assertEquals(1, decided.sequence());
        assertEquals(ReviewDecision.RETURNED, decided.decision());
        assertEquals("年度有误", decided.comments().get(0).text());
        assertEquals("admin-console", decided.decidedBy());
        assertEquals(ReviewDecided.DATA_SCHEMA, getHeader(records.get(1).headers(), "ce_dataschema"));
        assertEquals(Set.of(), schemaErrors("review-decided.schema.json", records.get(1).value()));

        ReportPublishedCodec reports = new ReportPublishedCodec(Regions.standard());
        assertEquals(LocalDate.parse("2022-01-30"), reports.read(records.get(0).value()).publishedOn());
        assertEquals(LocalDate.parse("2022-02-10"), reports.read(records.get(2).value()).publishedOn());
        assertEquals(Set.of(), schemaErrors("report-published.schema.json", records.get(2).value()));
    }

    private static Set<ValidationMessage> schemaErrors(String schema, String payload) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("..", "openapi", schema)))
                .validate(Fixtures.JSON.readTree(payload));
    }
}
