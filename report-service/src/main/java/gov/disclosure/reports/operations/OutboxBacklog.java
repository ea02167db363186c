package gov.disclosure.reports.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the outbox is behind: events not yet acknowledged by Kafka, and the age of the oldest. The relay
 * measures it each round (about once a second), so that scraping metrics costs no query.
 */
@ApplicationScoped
public class OutboxBacklog {

    private final AtomicLong unsent = new AtomicLong();
    private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();

    public OutboxBacklog(MeterRegistry registry) {
        Gauge.builder("reports.outbox.backlog", unsent, AtomicLong::get)
                .description("report-published events written but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("reports.outbox.oldest.age", this, backlog -> backlog.oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest event not yet acknowledged by Kafka, 0 when none")
                .baseUnit("seconds")
                .register(registry);
    }

    public void measured(long unsentEvents, Instant oldest) {
        unsent.set(unsentEvents);
        oldestUnsent.set(oldest);
    }

    public long unsent() {
        return unsent.get();
    }

    public Duration oldestAge() {
        Instant oldest = oldestUnsent.get();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now());
    }
}
