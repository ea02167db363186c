package gov.disclosure.rollups.consumer;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.rollups.storage.DeadLetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.appliedRevision;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Events.withdrawn;
import static gov.disclosure.rollups.Rollups.rollup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch of events, as one poll of the broker gives them, handed to the consumer as it is: its events fold in
 * order, a record that cannot be read or applied is dead-lettered alone, and the rest of the batch applies.
 */
@QuarkusTest
class BatchesTest {

    @Inject
    ReportPublishedConsumer consumer;

    @Test
    void theEventsOfOneReportInABatchApplyInTheirOrder() {
        int year = unusedYear();
        String agency = agency("410482-batch");
        String other = agency("410482-other");

        consume(published(agency, "410482", year, 1, 4), published(other, "410482", year, 1, 1),
                withdrawn(agency, "410482", year, 2, 4), published(agency, "410482", year, 3, 6),
                published(agency, "410482", year, 2, 100), published(other, "410482", year, 1, 1));

        assertEquals(3, appliedRevision(agency, year));
        rollup("410482", year, "own").body("reportCount", org.hamcrest.Matchers.is(2))
                .body("applications.newlyReceived.total", org.hamcrest.Matchers.is(7));
        rollup("000000", year, "all").body("reportCount", org.hamcrest.Matchers.is(2))
                .body("proactiveDisclosure.fees.amount", org.hamcrest.Matchers.is(0.0007f));
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAloneAndTheRestOfItsBatchApplies() {
        int year = unusedYear();
        String before = agency("410100-before");
        String after = agency("410100-after");
        AtomicBoolean acknowledged = new AtomicBoolean();

        consumer.consume(List.of(message(published(before, "410100", year, 1, 2)), Message.of("{not json"),
                        message(published(after, "410100", year, 1, 3))),
                () -> {
                    acknowledged.set(true);
                    return CompletableFuture.completedFuture(null);
                }).toCompletableFuture().join();

        assertTrue(acknowledged.get());
        assertEquals(1, appliedRevision(before, year));
        assertEquals(1, appliedRevision(after, year));
        rollup("410100", year, "own").body("reportCount", org.hamcrest.Matchers.is(2));
    }

    @Test
    void anEventTheDatabaseRefusesIsDeadLetteredAloneAndTheRestOfItsBatchApplies() {
        int year = unusedYear();
        String good = agency("410300-good");
        String refused = agency("410300-refused");
        String alsoGood = agency("410300-also-good");
        ReportPublished tooLong = published(refused, "410300", year, 1, 5);
        tooLong = new ReportPublished(tooLong.reportId(), refused, "局".repeat(300), "410300", year, 1,
                tooLong.status(), tooLong.time(), 0, tooLong.numbers(), tooLong.publishedOn());

        consume(published(good, "410300", year, 1, 2), tooLong, published(alsoGood, "410300", year, 1, 3));

        assertEquals(1, appliedRevision(good, year));
        assertEquals(1, appliedRevision(alsoGood, year));
        assertEquals(0, appliedRevision(refused, year));
        rollup("410300", year, "own").body("reportCount", org.hamcrest.Matchers.is(2))
                .body("applications.newlyReceived.total", org.hamcrest.Matchers.is(5));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>listAll().stream()
                .anyMatch(letter -> letter.payload != null && letter.payload.contains(refused))));
    }

    private void consume(ReportPublished... events) {
        consumer.consume(java.util.Arrays.stream(events).map(BatchesTest::message).toList(),
                () -> CompletableFuture.completedFuture(null)).toCompletableFuture().join();
    }

    private static Message<String> message(ReportPublished event) {
        return Message.of(ReportPublishedCodec.write(event));
    }
}
