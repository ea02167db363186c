package gov.disclosure.rollups.consumer;

import gov.disclosure.event.UnreadableEventException;
import gov.disclosure.roster.RosterEntry;
import gov.disclosure.roster.RosterEntryCodec;
import gov.disclosure.rollups.aggregation.RosterUpdater;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code agency-roster}, the compacted topic the report service keeps the roster on: the copy here is
 * what completeness counts against. Read from the start by a new consumer group, it gives the whole roster.
 */
@ApplicationScoped
public class AgencyRosterConsumer {

    private static final Logger LOG = Logger.getLogger(AgencyRosterConsumer.class);

    private final RosterEntryCodec codec;
    private final RosterUpdater updater;
    private final Attempts attempts;

    public AgencyRosterConsumer(RosterEntryCodec codec, RosterUpdater updater, Attempts attempts) {
        this.codec = codec;
        this.updater = updater;
        this.attempts = attempts;
    }

    @Incoming(RosterEntry.TOPIC)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        RosterEntry entry;
        try {
            message.getMetadata(IncomingCloudEventMetadata.class).ifPresent(cloudEvent -> {
                if (!RosterEntry.TYPE.equals(cloudEvent.getType())) {
                    throw new UnreadableEventException("unknown event type " + cloudEvent.getType());
                }
            });
            if (message.getPayload() == null || message.getPayload().isBlank()) {
                throw new UnreadableEventException("empty payload (the roster never deletes an agency: retire it)");
            }
            entry = codec.read(message.getPayload());
        } catch (UnreadableEventException e) {
            LOG.warnf("agency-roster: unreadable event sent to the dead-letter topic: %s", e.getMessage());
            return attempts.deadLetter(message, e);
        }
        return attempts.apply(message, "roster entry %d of %s".formatted(entry.version(), entry.agencyId()),
                () -> updater.apply(entry));
    }
}
