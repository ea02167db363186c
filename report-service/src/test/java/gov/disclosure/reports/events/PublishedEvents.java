package gov.disclosure.reports.events;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.testing.KafkaBroker;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads what the service published on {@code report-published}, from the real broker. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    /** Waits for {@code count} events keyed by the agency, then checks that no more come. */
    static List<ConsumerRecord<String, String>> of(String agencyId, int count) {
        return of(ReportPublished.TOPIC, agencyId, count);
    }

    /** The same, on {@code topic}. */
    static List<ConsumerRecord<String, String>> of(String topic, String agencyId, int count) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaBroker.bootstrapServers())) {
            var task = companion.consumeStrings()
                    .withGroupId("test-" + UUID.randomUUID())
                    .withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(Set.of(topic), records -> records.filter(r -> agencyId.equals(r.key())));
            task.awaitRecords(count, Duration.ofSeconds(30));
            KafkaCompanion.sleep(Duration.ofSeconds(2));
            List<ConsumerRecord<String, String>> records = task.getRecords();
            task.stop();
            if (records.size() != count) {
                throw new AssertionError("expected %d events of %s, got %d".formatted(count, agencyId, records.size()));
            }
            return records;
        }
    }
}
