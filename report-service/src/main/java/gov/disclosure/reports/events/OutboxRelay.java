package gov.disclosure.reports.events;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.roster.RosterEntry;
import gov.disclosure.reports.operations.OutboxBacklog;
import gov.disclosure.reports.operations.ReportMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends outbox events to Kafka and marks them sent once the broker has acknowledged them. Runs on its own thread:
 * woken when a transaction that recorded an event commits, and every poll interval for events left behind (Kafka
 * was down, or the service stopped between commit and send). An event may go out twice (sent, then the service
 * died before marking it); consumers ignore revisions they have seen.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Map<String, URI> DATA_SCHEMAS = Map.of(
            ReportPublished.TYPE, URI.create(ReportPublished.DATA_SCHEMA),
            ReviewDecided.TYPE, URI.create(ReviewDecided.DATA_SCHEMA),
            RosterEntry.TYPE, URI.create(RosterEntry.DATA_SCHEMA));

    private final Map<String, Emitter<String>> emitters;
    private final ReportMetrics metrics;
    private final OutboxBacklog backlog;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    /** How long a round woken by a commit waits for more commits, so that their events go out together. */
    private final Duration gather;
    private final Object signal = new Object();

    private volatile boolean running;
    private boolean woken;
    private Thread thread;
    /** When the relay thread last measured the backlog (System.nanoTime), or 0 before the first time. */
    private long backlogMeasuredAt;

    public OutboxRelay(@Channel(ReportPublished.TOPIC) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                       Emitter<String> emitter,
                       @Channel(RosterEntry.TOPIC) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                       Emitter<String> rosterEmitter,
                       @ConfigProperty(name = "reports.outbox.batch-size", defaultValue = "100") int batchSize,
                       @ConfigProperty(name = "reports.outbox.poll-interval", defaultValue = "1s") Duration pollInterval,
                       @ConfigProperty(name = "reports.outbox.send-timeout", defaultValue = "45s") Duration sendTimeout,
                       @ConfigProperty(name = "reports.outbox.gather", defaultValue = "10ms") Duration gather,
                       ReportMetrics metrics, OutboxBacklog backlog) {
        this.emitters = Map.of(ReportPublished.TOPIC, emitter, RosterEntry.TOPIC, rosterEmitter);
        this.metrics = metrics;
        this.backlog = backlog;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
        this.gather = gather;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::relay, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the batch in flight finish (its events are marked sent or stay unsent), then stops. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp();
        if (thread != null) {
            thread.join(sendTimeout.toMillis() + 5_000);
        }
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportEvents.Recorded recorded) {
        wakeUp();
    }

    private void wakeUp() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void relay() {
        int failures = 0;
        while (running) {
            Batch batch;
            try {
                batch = relayBatch();
                failures = batch.complete() ? 0 : failures + 1;
            } catch (RuntimeException e) {
                failures++;
                batch = Batch.NONE;
                LOG.warnf("outbox relay: %s (attempt %d)", e.getMessage(), failures);
            }
            if (failures > 0) {
                await(backoff(failures));
            } else if (batch.sent() < batchSize && await(pollInterval)) {
                gather();
            }
        }
    }

    /** What one round did: how many events it claimed and how many Kafka acknowledged. */
    record Batch(int claimed, int sent) {
        static final Batch NONE = new Batch(0, 0);

        boolean complete() {
            return sent == claimed;
        }
    }

    private Batch relayBatch() {
        int timeout = (int) sendTimeout.plusSeconds(15).toSeconds();
        return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> {
            List<OutboxEvent> events = OutboxEvent.claimUnsent(batchSize);
            if (events.isEmpty()) {
                measureBacklog(false);
                return Batch.NONE;
            }
            List<CompletableFuture<UUID>> acks = new ArrayList<>();
            for (OutboxEvent event : events) {
                acks.add(send(event));
            }
            List<UUID> acknowledged = awaitAcknowledged(acks);
            OutboxEvent.markSent(acknowledged, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            metrics.published(acknowledged.size());
            if (acknowledged.size() < events.size()) {
                LOG.warnf("outbox relay: Kafka acknowledged %d of %d events; the rest will be retried",
                        acknowledged.size(), events.size());
            }
            measureBacklog(acknowledged.size() < events.size());
            return new Batch(events.size(), acknowledged.size());
        });
    }

    /**
     * Counts the unsent events (those this transaction claimed and did not get acknowledged, and any other): at most
     * once a poll interval, so that a relay woken by every commit does not count the outbox at every round (an idle
     * relay's rounds are a poll interval apart), and at once when Kafka acknowledged less than was sent.
     */
    private void measureBacklog(boolean now) {
        long time = System.nanoTime();
        if (!now && backlogMeasuredAt != 0 && time - backlogMeasuredAt < pollInterval.toNanos()) {
            return;
        }
        backlogMeasuredAt = time;
        OutboxEvent.Backlog measured = OutboxEvent.backlog();
        backlog.measured(measured.unsent(), measured.oldest());
    }

    private CompletableFuture<UUID> send(OutboxEvent event) {
        CompletableFuture<UUID> acked = new CompletableFuture<>();
        Message<String> message = Message.of(event.payload, OutboxTrace.continuing(Metadata.of(
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(event.key).build(),
                        OutgoingCloudEventMetadata.<String>builder()
                                .withId(event.id.toString())
                                .withType(event.type)
                                .withSubject(event.subject)
                                .withDataSchema(DATA_SCHEMAS.get(event.type))
                                .withDataContentType("application/json")
                                .withTimestamp(event.createdAt.atZone(ZoneOffset.UTC))
                                .build()), event.traceparent),
                () -> {
                    acked.complete(event.id);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    LOG.debugf("outbox relay: event %s (%s, agency %s) not acknowledged: %s",
                            event.id, event.type, event.key, failure.getMessage());
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            Emitter<String> emitter = emitters.get(event.topic);
            if (emitter == null) {
                throw new IllegalStateException("no channel for topic " + event.topic + " (event " + event.id + ")");
            }
            emitter.send(message);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private List<UUID> awaitAcknowledged(List<CompletableFuture<UUID>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // some were not acknowledged; those are left unsent
        }
        List<UUID> acknowledged = new ArrayList<>();
        for (CompletableFuture<UUID> ack : acks) {
            if (ack.isDone() && !ack.isCompletedExceptionally()) {
                acknowledged.add(ack.join());
            }
        }
        return acknowledged;
    }

    /** Waits until woken or the time is up; whether it was woken (by a commit, or to stop). */
    private boolean await(Duration duration) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(Math.max(1, duration.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            boolean wasWoken = woken;
            woken = false;
            return wasWoken;
        }
    }

    /**
     * Lets the commits of a burst catch up with the one that woke the relay, so that one round sends and marks the
     * events of many submissions: fewer statements, and fewer, fuller requests to Kafka. A stop does not wait.
     */
    private void gather() {
        if (gather.isZero() || !running) {
            return;
        }
        synchronized (signal) {
            try {
                long until = System.nanoTime() + gather.toNanos();
                for (long left = gather.toNanos(); left > 0 && running; left = until - System.nanoTime()) {
                    signal.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            woken = false;
        }
    }

    private Duration backoff(int failures) {
        Duration backoff = pollInterval.multipliedBy(1L << Math.min(failures, 5));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }
}
