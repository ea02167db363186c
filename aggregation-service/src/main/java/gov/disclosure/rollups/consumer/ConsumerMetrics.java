package gov.disclosure.rollups.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the consumer counts: events by outcome (applied, already applied, dead-lettered) and how long applying a
 * batch of them takes (in one transaction). Consumer lag comes from the Kafka client's own metrics (kafka_consumer_fetch_manager_records_lag_max).
 */
@ApplicationScoped
public class ConsumerMetrics {

    private final MeterRegistry registry;
    private final Timer update;
    /** The counter of each outcome, registered once (not looked up again for every event). */
    private final Map<String, Counter> consumed = new ConcurrentHashMap<>();

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.update = Timer.builder("rollups.update")
                .description("Time to apply a batch of report-published events (or one) to the rollups, transaction included")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    public void consumed(String outcome) {
        consumed.computeIfAbsent(outcome, this::counter).increment();
    }

    private Counter counter(String outcome) {
        return Counter.builder("rollups.events.consumed")
                .description("report-published events consumed, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    public <T> T timeUpdate(Supplier<T> update) {
        return this.update.record(update);
    }
}
