package gov.disclosure.rollups.measure;

import gov.disclosure.rollups.consumer.ReportPublishedConsumer;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** How the measurement hands events to the consumer: in batches of 500, as one poll of the broker gives them. */
final class ConsumerPath {

    private static final int BATCH = 500;

    private ConsumerPath() {
    }

    static void apply(ReportPublishedConsumer consumer, List<Message<String>> messages) {
        for (int start = 0; start < messages.size(); start += BATCH) {
            consumer.consume(messages.subList(start, Math.min(messages.size(), start + BATCH)),
                    () -> CompletableFuture.completedFuture(null)).toCompletableFuture().join();
        }
    }
}
