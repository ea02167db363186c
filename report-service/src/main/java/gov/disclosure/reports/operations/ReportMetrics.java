package gov.disclosure.reports.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the report service counts: reports accepted (by outcome and by form), refused (by problem type), and events
 * published. The outbox backlog is gauged by {@link OutboxBacklog}.
 */
@ApplicationScoped
public class ReportMetrics {

    private final MeterRegistry registry;
    private final Counter published;
    /** The counters of {@link #accepted} by outcome and form, registered once each (not at every submission). */
    private final Map<String, Counter> accepted = new ConcurrentHashMap<>();

    public ReportMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.published = Counter.builder("reports.events.published")
                .description("report-published events Kafka acknowledged")
                .register(registry);
    }

    /** @param outcome created, revised, unchanged or withdrawn; @param form json or text */
    public void accepted(String outcome, String form) {
        accepted.computeIfAbsent(outcome + "/" + form, key -> Counter.builder("reports.accepted")
                .description("Submissions and withdrawals accepted, by outcome and by the form the report came in")
                .tag("outcome", outcome)
                .tag("form", form)
                .register(registry)).increment();
    }

    /** @param reason the problem type, e.g. rule-violations */
    public void refused(String reason) {
        Counter.builder("reports.refused")
                .description("Requests refused, by problem type")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public void published(int events) {
        published.increment(events);
    }
}
