package gov.disclosure.rollups.consumer;

import gov.disclosure.rollups.storage.DeadLetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Keeps a record of each event sent to the dead-letter topic, for admins to read through the API. */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** Best effort: the event goes to the dead-letter topic whether or not this record can be written. */
    public void record(Message<String> message, String reason) {
        try {
            QuarkusTransaction.requiringNew().run(() -> toRecord(message, reason).persist());
        } catch (RuntimeException e) {
            LOG.warnf("could not record a dead letter (it is on the dead-letter topic all the same): %s", e.getMessage());
        }
    }

    private static DeadLetter toRecord(Message<String> message, String reason) {
        DeadLetter letter = new DeadLetter();
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(kafka -> {
            letter.topic = kafka.getTopic();
            letter.partition = kafka.getPartition();
            letter.offset = kafka.getOffset();
            letter.key = kafka.getKey() == null ? null
                    : DeadLetter.kept(String.valueOf(kafka.getKey()), DeadLetter.KEY_KEPT);
        });
        if (letter.topic == null) {
            letter.topic = "report-published";
        }
        letter.payload = DeadLetter.kept(message.getPayload(), DeadLetter.PAYLOAD_KEPT);
        letter.reason = DeadLetter.kept(reason, DeadLetter.PAYLOAD_KEPT);
        letter.receivedAt = Instant.now();
        return letter;
    }
}
