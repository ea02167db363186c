package gov.disclosure.rollups.consumer;

import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.testing.KafkaBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.cloudEventHeaders;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Rollups.rollup;
import static io.restassured.RestAssured.given;
import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.getHeader;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Events that cannot be read go to the dead-letter topic with the reason; the events after them still apply. */
@QuarkusTest
class DeadLetterTest {

    private static final String DEAD_LETTERS = "report-published-dlq";

    @Test
    void aNumberThatCouldNotBeStoredAndReadBackIsDeadLetteredWithWhereItIs() {
        String agency = agency("fee-1e-9999");
        int year = unusedYear();
        String poisoned = gov.disclosure.event.ReportPublishedCodec.write(published(agency, "410482", year, 1, 3))
                .replaceFirst("\"proactiveDisclosure.fees.amount\":[^,}]+", "\"proactiveDisclosure.fees.amount\":1e-9999");

        send(agency, poisoned, cloudEventHeaders("gov.disclosure.report-published"));
        send(published(agency, "410482", year, 2, 5));

        assertThat(getHeader(deadLetterOf(agency).headers(), "dead-letter-reason"),
                containsString("proactiveDisclosure.fees.amount"));
        awaitApplied(agency, year, 2);
        rollup("410482", year, "own").body("reportCount", is(1)).body("applications.newlyReceived.total", is(5));
    }

    @Test
    void aPageFarBeyondTheLastIsEmpty() {
        given().queryParam("page", 21474837).queryParam("size", 100).get("/api/v1/admin/dead-letters").then()
                .statusCode(200)
                .body("size()", is(0));
    }

    @Test
    void somethingThatIsNotJsonIsDeadLetteredAndLaterEventsApply() {
        String agency = agency("poisoned");
        int year = unusedYear();

        send(agency, "{not json", cloudEventHeaders("gov.disclosure.report-published"));
        send(published(agency, "410482", year, 1, 3));

        ConsumerRecord<String, String> deadLetter = deadLetterOf(agency);
        assertEquals("{not json", deadLetter.value());
        assertThat(getHeader(deadLetter.headers(), "dead-letter-reason"), containsString("not a report-published payload"));
        awaitApplied(agency, year, 1);
        rollup("410482", year, "own").body("reportCount", is(1));
        given().queryParam("size", 100).get("/api/v1/admin/dead-letters").then()
                .statusCode(200)
                .body("find { it.key == '%s' }.reason".formatted(agency), containsString("not a report-published payload"))
                .body("find { it.key == '%s' }.payload".formatted(agency), is("{not json"))
                .body("find { it.key == '%s' }.topic".formatted(agency), is("report-published"));
    }

    @Test
    void aKeyOfAnyLengthAndAPayloadWithANulAreListedAsFarAsTextHoldsThem() {
        String agency = agency("long-key-") + "k".repeat(300);

        send(agency, "{\"nul\": \"\u0000\"", cloudEventHeaders("gov.disclosure.report-published"));

        deadLetterId(agency);
        given().queryParam("size", 100).get("/api/v1/admin/dead-letters").then()
                .statusCode(200)
                .body("find { it.key == '%s' }.payload".formatted(agency), is("{\"nul\": \"\uFFFD\""));
    }

    @Test
    void anEventOfAnotherTypeIsDeadLettered() {
        String agency = agency("other-type");
        String payload = ReportPublishedCodec.write(published(agency, "410482", unusedYear(), 1, 3));

        send(agency, payload, cloudEventHeaders("gov.disclosure.something-else"));

        assertThat(getHeader(deadLetterOf(agency).headers(), "dead-letter-reason"),
                containsString("unknown event type gov.disclosure.something-else"));
    }

    @Test
    void aDeadLetterIsReplayedOnceItCanBeReadAndLeavesTheList() {
        String agency = agency("replayed");
        int year = unusedYear();
        send(agency, ReportPublishedCodec.write(published(agency, "410482", year, 1, 3)),
                cloudEventHeaders("gov.disclosure.something-else"));
        long id = deadLetterId(agency);

        given().post("/api/v1/admin/dead-letters/{id}/replay", id).then()
                .statusCode(200)
                .body("outcome", is("APPLIED"))
                .body("event", containsString(agency));

        rollup("410482", year, "own").body("reportCount", is(1)).body("applications.newlyReceived.total", is(3));
        given().post("/api/v1/admin/dead-letters/{id}/replay", id).then().statusCode(404)
                .body("type", is("/problems/not-found"));
    }

    @Test
    void aDeadLetterThatStillCannotBeReadStaysAndSaysWhy() {
        String agency = agency("still-poisoned");
        send(agency, "{still not json", cloudEventHeaders("gov.disclosure.report-published"));
        long id = deadLetterId(agency);

        given().post("/api/v1/admin/dead-letters/{id}/replay", id).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/unreadable-event"))
                .body("detail", containsString("not a report-published payload"));
        given().queryParam("size", 100).get("/api/v1/admin/dead-letters").then()
                .body("find { it.key == '%s' }.id".formatted(agency), is((int) id));
    }

    /** The id of the dead letter of {@code key}, once it is listed. */
    private static long deadLetterId(String key) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Number id = given().queryParam("size", 100).get("/api/v1/admin/dead-letters").then()
                    .extract().path("find { it.key == '%s' }.id".formatted(key));
            if (id != null) {
                return id.longValue();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no dead letter of " + key + " within 20 s");
    }

    @Test
    void anEventOfAnUnknownRegionIsDeadLettered() {
        String agency = agency("nowhere");

        send(published(agency, "419999", unusedYear(), 1, 3));

        assertThat(getHeader(deadLetterOf(agency).headers(), "dead-letter-reason"), containsString("unknown region 419999"));
    }

    @Test
    void anEventWithoutItsNumbersIsDeadLettered() {
        String agency = agency("numberless");
        String payload = """
                {"reportId":"%s","agencyId":"%s","agencyName":"x","regionCode":"410482","year":2024,"revision":1,
                 "status":"PUBLISHED","time":"2026-01-01T00:00:00Z","violationCount":0}""".formatted(UUID.randomUUID(), agency);

        send(agency, payload, cloudEventHeaders("gov.disclosure.report-published"));

        assertThat(getHeader(deadLetterOf(agency).headers(), "dead-letter-reason"), containsString("numbers are missing"));
    }

    private static ConsumerRecord<String, String> deadLetterOf(String key) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaBroker.bootstrapServers())) {
            var task = companion.consumeStrings()
                    .withGroupId("test-" + UUID.randomUUID())
                    .withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(Set.of(DEAD_LETTERS), records -> records.filter(r -> key.equals(r.key())));
            var record = task.awaitRecords(1, Duration.ofSeconds(30)).getFirstRecord();
            task.stop();
            return record;
        }
    }
}
