package gov.disclosure.rollups.consumer;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.event.UnreadableEventException;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.review.ReviewDecidedCodec;
import gov.disclosure.rollups.aggregation.RollupRebuild;
import gov.disclosure.rollups.aggregation.RollupUpdater;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code report-published}: the revisions of reports ({@code gov.disclosure.report-published}) and the
 * review decisions on them ({@code gov.disclosure.review-decided}), told apart by their CloudEvents type (an event
 * without one is a revision, as the first producers sent them). An event that cannot be read (not JSON, another
 * type or schema, an unknown region) goes to the dead-letter topic with the reason, and the next one is consumed;
 * see {@link Attempts} for how an event is applied.
 */
@ApplicationScoped
public class ReportPublishedConsumer {

    private static final Logger LOG = Logger.getLogger(ReportPublishedConsumer.class);
    private static final String[] MDC_KEYS = {"reportId", "agencyId", "year", "revision"};
    private static final Map<String, String> DATA_SCHEMAS = Map.of(
            ReportPublished.TYPE, ReportPublished.DATA_SCHEMA,
            ReviewDecided.TYPE, ReviewDecided.DATA_SCHEMA);

    private final ReportPublishedCodec codec;
    private final RollupUpdater updater;
    private final RollupRebuild rebuild;
    private final Attempts attempts;

    public ReportPublishedConsumer(ReportPublishedCodec codec, RollupUpdater updater, RollupRebuild rebuild,
                                   Attempts attempts) {
        this.codec = codec;
        this.updater = updater;
        this.rebuild = rebuild;
        this.attempts = attempts;
    }

    @Incoming(ReportPublished.TOPIC)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            return consumeLogged(message);
        } finally {
            for (String key : MDC_KEYS) {
                MDC.remove(key);
            }
        }
    }

    private CompletionStage<Void> consumeLogged(Message<String> message) {
        try {
            String type = type(message);
            if (message.getPayload() == null || message.getPayload().isBlank()) {
                throw new UnreadableEventException("empty payload");
            }
            if (type.equals(ReviewDecided.TYPE)) {
                ReviewDecided decided = ReviewDecidedCodec.read(message.getPayload());
                log(decided.reportId().toString(), decided.agencyId(), decided.year(), decided.revision());
                return attempts.apply(message, "decision %d on revision %d of %s/%d".formatted(decided.sequence(),
                        decided.revision(), decided.agencyId(), decided.year()), () -> {
                    rebuild.rebuildIfNeeded();
                    return updater.apply(decided);
                });
            }
            ReportPublished event = codec.read(message.getPayload());
            log(String.valueOf(event.reportId()), event.agencyId(), event.year(), event.revision());
            return attempts.apply(message, "revision %d of %s/%d".formatted(event.revision(), event.agencyId(),
                    event.year()), () -> {
                rebuild.rebuildIfNeeded();
                return updater.apply(event);
            });
        } catch (UnreadableEventException e) {
            LOG.warnf("report-published: unreadable event sent to the dead-letter topic: %s", e.getMessage());
            return attempts.deadLetter(message, e);
        }
    }

    /** The CloudEvents type, if it is one this service reads, with its schema; a revision when it names none. */
    private static String type(Message<String> message) {
        Optional<IncomingCloudEventMetadata> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class);
        if (cloudEvent.isEmpty()) {
            return ReportPublished.TYPE;
        }
        String type = cloudEvent.get().getType();
        if (!DATA_SCHEMAS.containsKey(type)) {
            throw new UnreadableEventException("unknown event type " + type);
        }
        Optional<URI> schema = cloudEvent.get().getDataSchema();
        if (schema.isPresent() && !DATA_SCHEMAS.get(type).equals(schema.get().toString())) {
            throw new UnreadableEventException("unknown schema " + schema.get());
        }
        return type;
    }

    private static void log(String reportId, String agencyId, int year, int revision) {
        MDC.put("reportId", reportId);
        MDC.put("agencyId", agencyId);
        MDC.put("year", String.valueOf(year));
        MDC.put("revision", String.valueOf(revision));
    }
}
