package gov.disclosure.rollups.consumer;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The consumer of report-published asks the broker for batches: a fetch waits for 1 MB of events (some 75) or 100 ms,
 * whichever comes first. With Kafka's default of one byte, each fetch answers with whatever has come, a few events,
 * and each small batch costs a transaction, its statements and a poll (seen in the benchmark's constant load: twice
 * the broker's CPU per report and the rollup GETs queueing, while the setting was missing from the configuration).
 */
@QuarkusTest
class FetchSizeTest {

    @Inject
    KafkaClientService clients;

    @Test
    void aFetchWaitsForAMegabyteOfEventsOrAHundredMilliseconds() {
        Map<String, ?> consumer = clients.getConsumer("report-published").configuration();

        assertEquals("1048576", String.valueOf(consumer.get("fetch.min.bytes")));
        assertEquals("100", String.valueOf(consumer.get("fetch.max.wait.ms")));
    }
}
