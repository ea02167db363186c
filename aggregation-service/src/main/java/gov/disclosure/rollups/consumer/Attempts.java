package gov.disclosure.rollups.consumer;

import gov.disclosure.event.UnreadableEventException;
import gov.disclosure.rollups.aggregation.RollupUpdater;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Applies a read event to the database, as often as it takes: a database that is down is waited for (never a
 * reason to dead-letter), an event that fails on a healthy database a few times in a row goes to the dead-letter
 * topic. The Kafka offset is acknowledged only after the transaction that applied the event; if the service stops
 * meanwhile, the event stays unacknowledged and is delivered again after restart.
 */
@ApplicationScoped
public class Attempts {

    private static final Logger LOG = Logger.getLogger(Attempts.class);
    private static final int ATTEMPTS_BEFORE_DEAD_LETTER = 3;

    private final ConsumerMetrics metrics;
    private final DeadLetters deadLetters;
    private final Duration maxBackoff;
    private volatile boolean stopping;

    public Attempts(ConsumerMetrics metrics, DeadLetters deadLetters,
                    @ConfigProperty(name = "rollups.retry.max-backoff", defaultValue = "30s") Duration maxBackoff) {
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.maxBackoff = maxBackoff;
    }

    /** @param what the event, for the logs ("revision 2 of 410482-szfb/2024") */
    public CompletionStage<Void> apply(Message<String> message, String what, Supplier<RollupUpdater.Outcome> apply) {
        for (int attempt = 1; ; attempt++) {
            try {
                RollupUpdater.Outcome outcome = metrics.timeUpdate(apply);
                metrics.consumed(outcome == RollupUpdater.Outcome.APPLIED ? "applied" : "already-applied");
                LOG.debugf("%s: %s", what, outcome);
                return message.ack();
            } catch (RuntimeException e) {
                boolean passing = TransientFailures.isTransient(e);
                if (!passing && attempt >= ATTEMPTS_BEFORE_DEAD_LETTER) {
                    LOG.errorf(e, "%s cannot be applied; sent to the dead-letter topic", what);
                    return deadLetter(message, new UnreadableEventException("cannot be applied: " + e.getMessage(), e));
                }
                LOG.warnf("applying %s failed (attempt %d, %s): %s", what, attempt,
                        passing ? "waiting for the database" : "retrying", e.getMessage());
                if (!pause(attempt)) {
                    return CompletableFuture.completedFuture(null); // unacknowledged: delivered again after restart
                }
            }
        }
    }

    /** What became of a batch applied together. */
    public enum Together { APPLIED, FAILED, STOPPING }

    /**
     * Applies a batch of read events in one transaction, as often as it takes while the failures pass (the database
     * down, a deadlock). A failure that does not pass is FAILED at once: then apply the events one by one, so that
     * only the event that causes it is dead-lettered.
     *
     * @param what the batch, for the logs
     */
    public Together applyTogether(String what, int events, Supplier<List<RollupUpdater.Outcome>> apply) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<RollupUpdater.Outcome> outcomes = metrics.timeUpdate(apply);
                outcomes.forEach(outcome -> metrics.consumed(
                        outcome == RollupUpdater.Outcome.APPLIED ? "applied" : "already-applied"));
                LOG.debugf("%s: %d events applied", what, events);
                return Together.APPLIED;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    LOG.warnf("applying %s failed (%s): applying its events one by one", what, e.getMessage());
                    return Together.FAILED;
                }
                LOG.warnf("applying %s failed (attempt %d, waiting for the database): %s", what, attempt,
                        e.getMessage());
                if (!pause(attempt)) {
                    return Together.STOPPING;
                }
            }
        }
    }

    /** Whether the service is stopping: events not applied yet stay unacknowledged. */
    public boolean stopping() {
        return stopping;
    }

    public CompletionStage<Void> deadLetter(Message<String> message, UnreadableEventException reason) {
        metrics.consumed("dead-lettered");
        deadLetters.record(message, reason.getMessage());
        return message.nack(reason);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
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
