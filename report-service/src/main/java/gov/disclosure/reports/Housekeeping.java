package gov.disclosure.reports;

import gov.disclosure.reports.events.OutboxEvent;
import gov.disclosure.reports.storage.IdempotencyRecord;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/** Deletes what is only kept for a while: sent outbox events, and the answers kept for idempotency keys. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final Duration outboxRetention;
    private final Duration idempotencyRetention;

    public Housekeeping(@ConfigProperty(name = "reports.outbox.retention") Duration outboxRetention,
                        @ConfigProperty(name = "reports.idempotency.retention") Duration idempotencyRetention) {
        this.outboxRetention = outboxRetention;
        this.idempotencyRetention = idempotencyRetention;
    }

    @Scheduled(every = "1h", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        Instant now = Instant.now();
        long events = OutboxEvent.deleteSentBefore(now.minus(outboxRetention));
        long keys = IdempotencyRecord.deleteOlderThan(now.minus(idempotencyRetention));
        if (events + keys > 0) {
            LOG.infof("housekeeping: deleted %d sent outbox events and %d expired idempotency keys", events, keys);
        }
    }
}
