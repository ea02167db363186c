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
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Consumes {@code report-published} in batches (what one poll of the broker gives): the revisions of reports
 * ({@code gov.disclosure.report-published}) and the review decisions on them ({@code gov.disclosure.review-decided}),
 * told apart by their CloudEvents type (an event without one is a revision, as the first producers sent them). The
 * events of a batch that can be read are applied together in one transaction (see {@link RollupUpdater}); one that
 * cannot be read (not JSON, another type or schema, an unknown region) goes to the dead-letter topic with the reason,
 * alone. The batch's offsets are committed once all of it is applied or dead-lettered. A batch that fails for a reason
 * that does not pass is applied again event by event, so that only the event that causes it is dead-lettered (see
 * {@link Attempts}).
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
    private final BatchTracing tracing;

    public ReportPublishedConsumer(ReportPublishedCodec codec, RollupUpdater updater, RollupRebuild rebuild,
                                   Attempts attempts, BatchTracing tracing) {
        this.tracing = tracing;
        this.codec = codec;
        this.updater = updater;
        this.rebuild = rebuild;
        this.attempts = attempts;
    }

    /** An event read, with the record it came in. */
    record Read(Message<String> message, Object event) {
        String describe() {
            return event instanceof ReviewDecided decided ? "decision %d on revision %d of %s/%d".formatted(
                    decided.sequence(), decided.revision(), decided.agencyId(), decided.year())
                    : "revision %d of %s/%d".formatted(((ReportPublished) event).revision(),
                    ((ReportPublished) event).agencyId(), ((ReportPublished) event).year());
        }
    }

    @Incoming(ReportPublished.TOPIC)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consume(batch.getRecords(), batch::ack);
    }

    /**
     * Applies the records, dead-letters those that cannot be read, then acknowledges them all with {@code ack} (not
     * when the service stops meanwhile: they are delivered again after restart).
     */
    public CompletionStage<Void> consume(List<? extends Message<String>> records,
                                         Supplier<CompletionStage<Void>> ack) {
        List<Read> read = new ArrayList<>(records.size());
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (Message<String> record : records) {
            try {
                read.add(new Read(record, read(record)));
            } catch (UnreadableEventException e) {
                LOG.warnf("report-published: unreadable event sent to the dead-letter topic: %s", e.getMessage());
                deadLettered.add(attempts.deadLetter(record, e).toCompletableFuture());
            }
        }
        boolean applied = read.isEmpty() || tracing.inSpan(records, () -> apply(read));
        CompletableFuture<Void> done = CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new));
        return applied ? done.thenCompose(nothing -> ack.get()) : done;
    }

    /** False when the service stopped before all was applied. */
    private boolean apply(List<Read> read) {
        List<Object> events = read.stream().map(Read::event).toList();
        Attempts.Together together = attempts.applyTogether("a batch of %d events".formatted(events.size()),
                events.size(), () -> {
                    rebuild.rebuildIfNeeded();
                    return updater.apply(events);
                });
        if (together == Attempts.Together.FAILED) {
            List<CompletableFuture<Void>> alone = new ArrayList<>();
            for (Read one : read) {
                alone.add(applyAlone(one).toCompletableFuture());
                if (attempts.stopping()) {
                    return false;
                }
            }
            CompletableFuture.allOf(alone.toArray(CompletableFuture[]::new)).join();
        }
        return together != Attempts.Together.STOPPING;
    }

    /** Applies one event in a transaction of its own; acknowledged, or dead-lettered if it fails every time. */
    private CompletionStage<Void> applyAlone(Read one) {
        try {
            log(one.event());
            return attempts.apply(one.message(), one.describe(), () -> {
                rebuild.rebuildIfNeeded();
                return one.event() instanceof ReviewDecided decided ? updater.apply(decided)
                        : updater.apply((ReportPublished) one.event());
            });
        } finally {
            for (String key : MDC_KEYS) {
                MDC.remove(key);
            }
        }
    }

    private Object read(Message<String> message) {
        String type = type(message);
        if (message.getPayload() == null || message.getPayload().isBlank()) {
            throw new UnreadableEventException("empty payload");
        }
        return type.equals(ReviewDecided.TYPE) ? ReviewDecidedCodec.read(message.getPayload())
                : codec.read(message.getPayload());
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

    private static void log(Object event) {
        if (event instanceof ReviewDecided decided) {
            log(decided.reportId().toString(), decided.agencyId(), decided.year(), decided.revision());
        } else {
            ReportPublished published = (ReportPublished) event;
            log(String.valueOf(published.reportId()), published.agencyId(), published.year(), published.revision());
        }
    }

    private static void log(String reportId, String agencyId, int year, int revision) {
        MDC.put("reportId", reportId);
        MDC.put("agencyId", agencyId);
        MDC.put("year", String.valueOf(year));
        MDC.put("revision", String.valueOf(revision));
    }
}
