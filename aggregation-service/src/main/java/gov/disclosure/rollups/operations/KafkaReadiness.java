package gov.disclosure.rollups.operations;

import gov.disclosure.kafka.KafkaCluster;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

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

    private final KafkaCluster kafka;

    public KafkaReadiness(KafkaCluster kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("Kafka").up().withData("brokers", kafka.brokers()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
