package gov.disclosure.rollups.operations;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether Kafka answers: the service is ready only while it does (without Kafka it applies nothing). Not whether the
 * consumer group has given this replica partitions: that waits for the group's first rebalance at every start (at
 * least the broker's {@code group.initial.rebalance.delay.ms}, 3 s by default, when the group was empty), is lost
 * during every rebalance (each start or stop of a replica), and never comes for a replica beyond the topic's
 * partitions, while the rollups are served all the same. The consumer channels' own readiness checks (partition
 * assignment) are off in application.properties; their startup checks still ask for the topics.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private static final int TIMEOUT_MS = 2_000;

    private final AdminClient admin;

    public KafkaReadiness(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "aggregation-service-health");
        this.admin = AdminClient.create(config);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("Kafka").up().withData("brokers", brokers).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
