package gov.disclosure.rollups.consumer;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.event.UnreadableEventException;
import gov.disclosure.rollups.aggregation.RollupUpdater;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code report-published}. The Kafka offset of an event is committed only after the transaction that
 * applied it: an event applied but not committed is delivered again, and then changes nothing.
 * <ul>
 *     <li>An event that cannot be read (not JSON, another type or schema, an unknown region) goes to the
 *     dead-letter topic with the reason, and the next one is consumed.</li>
 *     <li>A database that is down is waited for, retrying; the event is never sent to the dead-letter topic for it.
 *     If the service stops meanwhile, the event stays unacknowledged and is delivered again after restart.</li>
 *     <li>An event that fails on a healthy database a few times in a row goes to the dead-letter topic.</li>
 * </ul>
 */
@ApplicationScoped
public class ReportPublishedConsumer {

    private static final Logger LOG = Logger.getLogger(ReportPublishedConsumer.class);
    private static final int ATTEMPTS_BEFORE_DEAD_LETTER = 3;
    private static final String[] MDC_KEYS = {"reportId", "agencyId", "year", "revision"};

    private final ReportPublishedCodec codec;
    private final RollupUpdater updater;
    private final ConsumerMetrics metrics;
    private final Duration maxBackoff;
    private volatile boolean stopping;

    public ReportPublishedConsumer(ReportPublishedCodec codec, RollupUpdater updater, ConsumerMetrics metrics,
                                   @ConfigProperty(name = "rollups.retry.max-backoff", defaultValue = "30s")
                                   Duration maxBackoff) {
        this.codec = codec;
        this.updater = updater;
        this.metrics = metrics;
        this.maxBackoff = maxBackoff;
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
        ReportPublished event;
        try {
            event = read(message);
        } catch (UnreadableEventException e) {
            LOG.warnf("report-published: unreadable event sent to the dead-letter topic: %s", e.getMessage());
            metrics.consumed("dead-lettered");
            return message.nack(e);
        }
        MDC.put("reportId", String.valueOf(event.reportId()));
        MDC.put("agencyId", event.agencyId());
        MDC.put("year", String.valueOf(event.year()));
        MDC.put("revision", String.valueOf(event.revision()));
        for (int attempt = 1; ; attempt++) {
            try {
                RollupUpdater.Outcome outcome = metrics.timeUpdate(() -> updater.apply(event));
                metrics.consumed(outcome == RollupUpdater.Outcome.APPLIED ? "applied" : "already-applied");
                LOG.debugf("report-published: %s revision %d of %s/%d", outcome, event.revision(), event.agencyId(),
                        event.year());
                return message.ack();
            } catch (RuntimeException e) {
                boolean passing = TransientFailures.isTransient(e);
                if (!passing && attempt >= ATTEMPTS_BEFORE_DEAD_LETTER) {
                    LOG.errorf(e, "report-published: revision %d of %s/%d cannot be applied; sent to the dead-letter topic",
                            event.revision(), event.agencyId(), event.year());
                    metrics.consumed("dead-lettered");
                    return message.nack(new UnreadableEventException("cannot be applied: " + e.getMessage(), e));
                }
                LOG.warnf("report-published: applying revision %d of %s/%d failed (attempt %d, %s): %s",
                        event.revision(), event.agencyId(), event.year(), attempt,
                        passing ? "waiting for the database" : "retrying", e.getMessage());
                if (!pause(attempt)) {
                    return CompletableFuture.completedFuture(null); // unacknowledged: delivered again after restart
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private ReportPublished read(Message<String> message) {
        message.getMetadata(IncomingCloudEventMetadata.class).ifPresent(cloudEvent -> {
            if (!ReportPublished.TYPE.equals(cloudEvent.getType())) {
                throw new UnreadableEventException("unknown event type " + cloudEvent.getType());
            }
            cloudEvent.getDataSchema().filter(schema -> !ReportPublished.DATA_SCHEMA.equals(schema.toString()))
                    .ifPresent(schema -> {
                        throw new UnreadableEventException("unknown schema " + schema);
                    });
        });
        if (message.getPayload() == null || message.getPayload().isBlank()) {
            throw new UnreadableEventException("empty payload");
        }
        return codec.read(message.getPayload());
    }

    /** Waits before the next attempt; false when the service is stopping. */
    private boolean pause(int attempt) {
        long millis = Math.min(maxBackoff.toMillis(), 200L << Math.min(attempt, 10));
        for (long waited = 0; waited < millis && !stopping; waited += 100) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopping;
    }
}
