package gov.disclosure.reports.operations;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.Wellness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether Kafka is reachable, and how far the outbox is behind. A wellness check, not a readiness one: the report
 * service accepts reports while Kafka is down (their events wait in the outbox), so Kafka being down must not take
 * it out of service. Shown at /q/health and /q/health/well; alert on the outbox metrics.
 */
@Wellness
@ApplicationScoped
public class KafkaWellness implements HealthCheck {

    private static final int TIMEOUT_MS = 2_000;

    private final AdminClient admin;
    private final OutboxBacklog backlog;

    public KafkaWellness(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxBacklog backlog) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "report-service-health");
        this.admin = AdminClient.create(config);
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka (report-published outbox)")
                .withData("outboxBacklog", backlog.unsent())
                .withData("oldestUnsentSeconds", backlog.oldestAge().toSeconds());
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return response.up().withData("brokers", brokers).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
