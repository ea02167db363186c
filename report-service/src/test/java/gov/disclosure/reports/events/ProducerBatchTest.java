package gov.disclosure.reports.events;

import gov.disclosure.event.ReportPublished;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The producer of report-published puts many events in a record batch: an event is some 13 KB, so in Kafka's default
 * batches of 16 KB each was a batch of its own, and a produce request carried one event per partition
 * (deploy/local/MEASUREMENTS.md). Read from the running producer, so that the setting cannot go missing unseen.
 */
@QuarkusTest
class ProducerBatchTest {

    @Inject
    KafkaClientService clients;

    @Test
    void aRecordBatchHoldsSomeTwentyEvents() {
        Map<String, ?> producer = clients.getProducer(ReportPublished.TOPIC).configuration();

        assertEquals("262144", String.valueOf(producer.get("batch.size")));
    }
}
