package gov.disclosure.reports.operations;

import gov.disclosure.kafka.KafkaCluster;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether Kafka is reachable, and how far the outbox is behind. A wellness check, not a readiness one: the report
 * service accepts reports while Kafka is down (their events wait in the outbox), so Kafka being down must not take
 * it out of service. Shown at /q/health and /q/health/well; alert on the outbox metrics.
 */
@Wellness
@ApplicationScoped
public class KafkaWellness implements HealthCheck {

    private final KafkaCluster kafka;
    private final OutboxBacklog backlog;

    public KafkaWellness(KafkaCluster kafka, OutboxBacklog backlog) {
        this.kafka = kafka;
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka (report-published outbox)")
                .withData("outboxBacklog", backlog.unsent())
                .withData("oldestUnsentSeconds", backlog.oldestAge().toSeconds());
        try {
            return response.up().withData("brokers", kafka.brokers()).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
